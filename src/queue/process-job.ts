/** What a worker does with one ingest job: analyse, store (idempotent by id), fuse into incidents. */
import { fuseAnalysis } from '../fuse/index.js';
import type { Analyzer } from '../ingest/pool.js';
import type { Metrics } from '../ops/metrics.js';
import type { Store } from '../store/types.js';
import type { IngestJob } from './ingest-queue.js';

export async function processJob(job: IngestJob, deps: { store: Store; analyzer: Analyzer; metrics: Metrics }): Promise<string> {
  const started = performance.now();
  const analysis = await deps.analyzer.analyze(job.input, { published: job.published });
  deps.metrics.inc('newsgraph_stage_seconds_total', 'Seconds spent per stage', { stage: 'analyze' }, (performance.now() - started) / 1000);
  if (analysis.article.text.trim() === '') throw new Error('no article text left after cleaning');
  const t = performance.now();
  const outcome = await deps.store.saveAnalysis(analysis, job.input, { replace: job.replace });
  if (outcome !== 'duplicate') await fuseAnalysis(deps.store, analysis);
  deps.metrics.inc('newsgraph_stage_seconds_total', 'Seconds spent per stage', { stage: 'store+fuse' }, (performance.now() - t) / 1000);
  return outcome;
}
