/** `newsgraph search QUERY` and `newsgraph stats` */
import { openStore, resolveDbLocation } from '../store/index.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';
import { feedStatusLines } from '../watch/status-text.js';

export const searchHelp = `Usage: newsgraph search QUERY [--db FILE] [--limit N] [--json]

Full-text search over stored articles' titles and text. Words are ANDed; "quoted phrases"
match exactly; word* matches a prefix.`;

export async function searchCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help', 'json']);
  if (args.options.help) {
    console.log(searchHelp);
    return 0;
  }
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const store = await openStore(resolveDbLocation(stringOption(args, 'db')));
  try {
    const result = await store.search(query, { limit: intOption(args, 'limit', 10) });
    if (args.options.json) {
      console.log(JSON.stringify(result));
      return 0;
    }
    console.log(`${result.total} article${result.total === 1 ? '' : 's'} match`);
    const bold = process.stdout.isTTY ? ['\x1b[1m', '\x1b[0m'] : ['[', ']'];
    for (const hit of result.items) {
      console.log(`\n${hit.title ?? '(untitled)'}  ${[hit.outlet, hit.published].filter(Boolean).join(' · ')}  [${hit.id}]`);
      console.log(`  ${hit.snippet.replace(/\u0002/g, bold[0]!).replace(/\u0003/g, bold[1]!).replace(/\s+/g, ' ')}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

export const statsHelp = `Usage: newsgraph stats [--db FILE] [--json]

Counts of what the database holds: articles, entities, times, places, quotes, claims, events, incidents.`;

export async function statsCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help', 'json']);
  if (args.options.help) {
    console.log(statsHelp);
    return 0;
  }
  const store = await openStore(resolveDbLocation(stringOption(args, 'db')));
  try {
    const s = await store.stats();
    const feeds = await store.feeds();
    if (args.options.json) {
      console.log(JSON.stringify(feeds.length ? { ...s, feeds } : s));
      return 0;
    }
    console.log(`articles   ${s.articles}${s.firstPublished ? `  (published ${s.firstPublished} to ${s.lastPublished})` : ''}`);
    for (const k of ['entities', 'mentions', 'times', 'places', 'quotes', 'claims', 'events', 'incidents'] as const) console.log(`${k.padEnd(10)} ${s[k]}`);
    if (Object.keys(s.eventsByType).length) console.log(`events by type: ${Object.entries(s.eventsByType).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (Object.keys(s.outlets).length) console.log(`outlets: ${Object.entries(s.outlets).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const line of feedStatusLines(feeds)) console.log(line);
    return 0;
  } finally {
    await store.close();
  }
}
