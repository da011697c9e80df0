/** Benchmark section 'times': not written yet; see the issue that owns it. */
export async function run(_args: string[]): Promise<void> {
  console.log('(times benchmark not written yet)');
}
