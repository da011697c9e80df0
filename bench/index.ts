/**
 * `npm run bench [SECTION...]`: throughput and memory figures, with peers run side by side.
 * Sections print their own figures; nothing here asserts a time.
 */
const SECTIONS: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  pipeline: () => import('./pipeline.js'),
  ner: () => import('./ner.js'),
  times: () => import('./times.js'),
  places: () => import('./places.js'),
  quotes: () => import('./quotes.js'),
  events: () => import('./events.js'),
  api: () => import('./api.js'),
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = asked.length ? asked : Object.keys(SECTIONS);
for (const name of names) {
  const load = SECTIONS[name];
  if (!load) {
    console.error(`bench: unknown section '${name}'; known: ${Object.keys(SECTIONS).join(', ')}`);
    process.exitCode = 2;
    continue;
  }
  console.log(`\n== bench ${name} ==`);
  await (await load()).run(process.argv.slice(2).filter((a) => a.startsWith('-')));
}
