/** `newsgraph watch [--db LOC] [--every 5m] [--once] SOURCE...`: follow feeds, pages and folders. */
import { createAnalyzer, type Analyzer } from '../ingest/pool.js';
import { IngestQueue } from '../queue/ingest-queue.js';
import { isPostgresUrl, openStore, resolveDbLocation } from '../store/index.js';
import { localSink, queueSink, type Sink } from '../watch/sink.js';
import { parseSource, readSourcesFile, type Source } from '../watch/sources.js';
import type { SourceReport } from '../watch/round.js';
import { parseInterval, watchSources } from '../watch/watcher.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';

export const watchHelp = `Usage: newsgraph watch [options] SOURCE...

Follows RSS/Atom feeds, article pages (http/https URLs) and local folders on a schedule,
and ingests what is new. Requests are conditional (ETag, Last-Modified); items already
handled are skipped; a failing source is retried with backoff and never stops the others.
With a SQLite --db, articles are analysed here; with PostgreSQL they are sent to the queue
for \`newsgraph worker\` processes. Status per source: \`newsgraph stats\`, GET /api/feeds.
  --db LOCATION     database (default: $NEWSGRAPH_DB or newsgraph.db)
  --sources FILE    more sources, one a line (# comments)
  --every T         time between rounds: 90s, 5m, 1h (default 5m)
  --once            one round, then exit (for cron)
  --fetch-pages     analyse each feed item's page instead of the feed's excerpt
  --timeout T       per-request limit, headers and body (default 20s)
  --max-bytes N     largest response body (default 10485760)
  --jobs N          analysis threads with SQLite (default 1)
  --quiet           no per-round lines
SIGTERM or Ctrl-C: finish the round in hand, then exit.`;

export async function watchCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help', 'once', 'fetch-pages', 'quiet']);
  if (args.options.help) return console.log(watchHelp), 0;
  const sources = parseSources(args.positionals, stringOption(args, 'sources'));
  const everyMs = intervalOption(stringOption(args, 'every') ?? '5m', '--every');
  const location = resolveDbLocation(stringOption(args, 'db'));
  const store = await openStore(location);
  const { sink, close } = await openSink(location, store, intOption(args, 'jobs', 1));
  const controller = new AbortController();
  const stop = () => {
    if (!controller.signal.aborted) process.stderr.write('\nnewsgraph watch: stopping after this round\n');
    controller.abort();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  let failed = false;
  try {
    const last = await watchSources(sources, {
      store, sink, everyMs,
      fetchPages: args.options['fetch-pages'] === true,
      limits: { timeoutMs: intervalOption(stringOption(args, 'timeout') ?? '20s', '--timeout'), maxBytes: intOption(args, 'max-bytes', 10 * 1024 * 1024) },
    }, {
      once: args.options.once === true,
      signal: controller.signal,
      onRound: (reports, seconds) => args.options.quiet || printRound(reports, seconds),
    });
    failed = last.some((r) => r.outcome === 'error');
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    await close();
    await store.close();
  }
  return args.options.once && failed ? 1 : 0;
}

function parseSources(positionals: string[], file: string | undefined): Source[] {
  const raw = [...positionals, ...(file ? readSourcesFile(file) : [])];
  if (!raw.length) throw new UsageError('watch needs at least one SOURCE (feed URL, page URL or folder) or --sources FILE');
  try {
    return [...new Set(raw)].map(parseSource);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function intervalOption(value: string, name: string): number {
  try {
    const ms = parseInterval(value);
    if (ms <= 0) throw new Error(`'${value}' must be longer than zero`);
    return ms;
  } catch (e) {
    throw new UsageError(`${name}: ${(e as Error).message}`);
  }
}

async function openSink(location: string, store: Awaited<ReturnType<typeof openStore>>, jobs: number): Promise<{ sink: Sink; close: () => Promise<void> }> {
  if (isPostgresUrl(location)) {
    const queue = await IngestQueue.open(location);
    return { sink: queueSink(queue), close: () => queue.stop(false) };
  }
  const analyzer: Analyzer = createAnalyzer(Math.max(1, jobs));
  return { sink: localSink(store, analyzer), close: () => analyzer.close() };
}

function printRound(reports: SourceReport[], seconds: number): void {
  const at = new Date().toISOString().slice(0, 19).replace('T', ' ');
  const total = reports.reduce((n, r) => n + r.ingested, 0);
  process.stderr.write(`newsgraph watch: ${at} round of ${reports.length} source(s) in ${seconds.toFixed(1)} s, ${total} new article(s)\n`);
  for (const r of reports) {
    if (r.outcome === 'ok' && !r.newItems && !r.error) continue;
    const what = r.outcome === 'ok' ? `${r.newItems} new, ${r.ingested} ingested` : r.outcome;
    process.stderr.write(`  ${r.source}: ${what}${r.error ? ` (${r.error})` : ''}\n`);
  }
}
