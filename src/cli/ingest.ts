/** `newsgraph ingest PATH... [--db FILE] [--jobs N] [--reanalyze]` */
import { availableParallelism } from 'node:os';
import { emptySummary, ingestPaths, reanalyzeStore, type IngestSummary } from '../ingest/ingest.js';
import { createAnalyzer } from '../ingest/pool.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';
import { IngestQueue } from '../queue/ingest-queue.js';
import { enqueuePaths } from '../queue/enqueue.js';
import { isPostgresUrl, openStore, resolveDbLocation } from '../store/index.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';
import { Progress } from './progress.js';

export const ingestHelp = `Usage: newsgraph ingest PATH... [options]
       newsgraph ingest --reanalyze [options]

Analyses articles and stores them (SQLite file by default). Idempotent: an article already
stored (same id: its normalised URL, or its text) is skipped. Interrupting is safe; run the
same command again to store the rest.
  --db LOCATION    database file (default: $NEWSGRAPH_DB or newsgraph.db)
  --jobs N         analysis threads (default: number of cores; 1 = this thread only)
  --reanalyze      re-run the pipeline on every stored article (after an upgrade), or with
                   PATHs, replace those articles instead of skipping them
  --published D    publication date for every article (ISO date)
  --max-bytes N    largest article accepted (default ${DEFAULT_MAX_BYTES})
  --quiet          no summary
  --local          with a PostgreSQL --db, analyse in this process instead of
                   sending jobs to the queue for \`newsgraph worker\` processes`;

export async function ingestCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help', 'reanalyze', 'quiet', 'local']);
  if (args.options.help) {
    console.log(ingestHelp);
    return 0;
  }
  const reanalyze = args.options.reanalyze === true;
  if (args.positionals.length === 0 && !reanalyze) throw new UsageError('ingest needs at least one PATH (file, directory or -), or --reanalyze');
  const jobs = intOption(args, 'jobs', availableParallelism());
  const published = stringOption(args, 'published');
  if (published !== undefined && Number.isNaN(Date.parse(published))) throw new UsageError(`--published expects an ISO date like 2023-03-10, got '${published}'`);
  const location = resolveDbLocation(stringOption(args, 'db'));
  if (isPostgresUrl(location) && !args.options.local && args.positionals.length) {
    return enqueueCommand(args.positionals, location, { published, replace: reanalyze, maxBytes: intOption(args, 'max-bytes', DEFAULT_MAX_BYTES), quiet: args.options.quiet === true });
  }
  const store = await openStore(location);
  if (store instanceof SqliteStore) store.groupCommits();
  const analyzer = createAnalyzer(jobs);
  const progress = new Progress();
  let stopping = false;
  const onSigint = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('\nnewsgraph ingest: stopping after the articles in progress (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onSigint);
  const started = Date.now();
  let summary: IngestSummary = emptySummary();
  try {
    const options = {
      store,
      analyzer,
      published,
      replace: reanalyze,
      maxBytes: intOption(args, 'max-bytes', DEFAULT_MAX_BYTES),
      onProgress: (s: IngestSummary) => progress.update(s),
      shouldStop: () => stopping,
    };
    summary = args.positionals.length ? await ingestPaths(args.positionals, options) : await reanalyzeStore(options);
  } finally {
    progress.finish();
    process.off('SIGINT', onSigint);
    await analyzer.close();
    await store.close();
  }
  if (!args.options.quiet) printSummary(summary, (Date.now() - started) / 1000);
  if (stopping) return 130;
  return summary.failed.length ? 1 : 0;
}

function printSummary(s: IngestSummary, seconds: number): void {
  const done = s.stored + s.replaced;
  console.error(
    `newsgraph ingest: read ${s.read}, stored ${s.stored}${s.replaced ? `, replaced ${s.replaced}` : ''}, ` +
      `skipped ${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}, failed ${s.failed.length} ` +
      `in ${seconds.toFixed(1)} s (${(done / Math.max(seconds, 0.001)).toFixed(1)} articles/s)`,
  );
  for (const f of s.failed.slice(0, 50)) console.error(`  failed: ${f.origin}: ${f.error}`);
  if (s.failed.length > 50) console.error(`  ... and ${s.failed.length - 50} more failures`);
}

async function enqueueCommand(paths: string[], db: string, options: { published?: string; replace: boolean; maxBytes: number; quiet: boolean }): Promise<number> {
  const queue = await IngestQueue.open(db);
  try {
    const s = await enqueuePaths(paths, queue, options);
    if (!options.quiet) {
      console.error(`newsgraph ingest: read ${s.read}, sent ${s.enqueued} job${s.enqueued === 1 ? '' : 's'} to the queue for \`newsgraph worker\`, failed ${s.failed.length}`);
      for (const f of s.failed.slice(0, 50)) console.error(`  failed: ${f.origin}: ${f.error}`);
    }
    return s.failed.length ? 1 : 0;
  } finally {
    await queue.stop(false);
  }
}
