/** Benchmark section 'events': not written yet; see the issue that owns it. */
export async function run(_args: string[]): Promise<void> {
  console.log('(events benchmark not written yet)');
}
