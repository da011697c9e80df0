/** Benchmark section 'ner': not written yet; see the issue that owns it. */
export async function run(_args: string[]): Promise<void> {
  console.log('(ner benchmark not written yet)');
}
