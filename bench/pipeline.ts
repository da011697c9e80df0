/** Benchmark section 'pipeline': not written yet; see the issue that owns it. */
export async function run(_args: string[]): Promise<void> {
  console.log('(pipeline benchmark not written yet)');
}
