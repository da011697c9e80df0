/** `newsgraph worker --db postgres://...`: take ingest jobs from the queue until stopped. */
import { availableParallelism } from 'node:os';
import { createAnalyzer } from '../ingest/pool.js';
import { Metrics, reasonLabel } from '../ops/metrics.js';
import { startOpsServer } from '../ops/ops-server.js';
import { IngestQueue } from '../queue/ingest-queue.js';
import { processJob } from '../queue/process-job.js';
import { isPostgresUrl, openStore, resolveDbLocation } from '../store/index.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';

export const workerHelp = `Usage: newsgraph worker --db postgres://... [--jobs N] [--metrics-port P]

Takes ingest jobs (sent by \`newsgraph ingest\` and \`newsgraph watch\` against the same
PostgreSQL database) and analyses, stores and fuses them. Run any number, on any number of
machines. A failed job is retried with backoff, then dead-lettered with its reason.
SIGTERM or Ctrl-C: finish the jobs in hand, then exit.
  --db URL            the PostgreSQL database (default: $NEWSGRAPH_DB)
  --jobs N            jobs in parallel, each on its own analysis thread (default: number of cores)
  --metrics-port P    serve /healthz and /metrics (Prometheus) on 127.0.0.1:P
  --expire-seconds S  a job active this long is taken to be lost with its worker (default 600)`;

export async function workerCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.options.help) return console.log(workerHelp), 0;
  const db = resolveDbLocation(stringOption(args, 'db'));
  if (!isPostgresUrl(db)) throw new UsageError(`worker needs a PostgreSQL database (--db postgres://...); '${db}' is a SQLite file: use \`newsgraph ingest\` directly`);
  const jobs = intOption(args, 'jobs', availableParallelism());
  const store = await openStore(db);
  const queue = await IngestQueue.open(db, {
    expireInSeconds: intOption(args, 'expire-seconds', 600),
    superviseIntervalSeconds: Number(process.env.NEWSGRAPH_QUEUE_SUPERVISE_SECONDS ?? 60),
  });
  const analyzer = createAnalyzer(jobs);
  const metrics = new Metrics();
  metrics.onScrape(async () => {
    const d = await queue.depth();
    metrics.set('newsgraph_queue_depth', 'Ingest jobs by state', d.queued, { state: 'queued' });
    metrics.set('newsgraph_queue_depth', 'Ingest jobs by state', d.active, { state: 'active' });
    metrics.set('newsgraph_queue_depth', 'Ingest jobs by state', d.dead, { state: 'dead' });
  });
  const metricsPort = stringOption(args, 'metrics-port');
  const ops = metricsPort ? await startOpsServer(metrics, { port: Number(metricsPort), healthy: async () => (await store.stats()) !== null }) : null;

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      process.stderr.write('newsgraph worker: finishing the jobs in hand, then stopping\n');
      await queue.stop(true);
      await analyzer.close();
      await store.close();
      ops?.close();
    })();
    return stopping;
  };
  // a daemon outlives a database restart: a promise rejected by a dropped connection is logged and
  // counted, the job it belonged to fails and is retried, and the worker goes on taking jobs
  process.on('unhandledRejection', (e) => {
    metrics.inc('newsgraph_failures_total', 'Failed ingest attempts by reason', { reason: 'unhandled' });
    process.stderr.write(`newsgraph worker: unexpected error (continuing): ${(e as Error)?.message ?? e}\n`);
  });
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  await queue.work(jobs, async (job) => {
    try {
      const outcome = await processJob(job, { store, analyzer, metrics });
      metrics.inc('newsgraph_articles_total', 'Articles handled by outcome', { outcome });
    } catch (e) {
      const message = (e as Error).message;
      metrics.inc('newsgraph_failures_total', 'Failed ingest attempts by reason', { reason: reasonLabel(message) });
      process.stderr.write(`newsgraph worker: ${job.input.origin ?? job.input.url ?? 'job'}: ${message}\n`);
      throw e; // the queue retries it later, then dead-letters it
    }
  });
  process.stderr.write(`newsgraph worker: taking jobs (${jobs} at a time)${ops ? `; metrics on http://127.0.0.1:${metricsPort}/metrics` : ''}\n`);
  await new Promise<void>((resolve) => {
    const wait = setInterval(() => stopping && (clearInterval(wait), stopping.then(resolve)), 200);
  });
  return 0;
}
