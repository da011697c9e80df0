/** Benchmark section 'places': not written yet; see the issue that owns it. */
export async function run(_args: string[]): Promise<void> {
  console.log('(places benchmark not written yet)');
}
