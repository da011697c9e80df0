/** Benchmark section 'quotes': not written yet; see the issue that owns it. */
export async function run(_args: string[]): Promise<void> {
  console.log('(quotes benchmark not written yet)');
}
