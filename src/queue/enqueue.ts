/** Reading inputs into the ingest queue: one job per article; read errors are reported, not queued. */
import { readInputs } from '../read/index.js';
import type { IngestQueue } from './ingest-queue.js';

export interface EnqueueSummary {
  read: number;
  enqueued: number;
  failed: Array<{ origin: string; error: string }>;
}

export async function enqueuePaths(paths: string[], queue: IngestQueue, options: { maxBytes?: number; replace?: boolean; published?: string; shouldStop?: () => boolean } = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, enqueued: 0, failed: [] };
  for await (const item of readInputs(paths, { maxBytes: options.maxBytes })) {
    if (options.shouldStop?.()) break;
    summary.read++;
    if (!item.ok) {
      summary.failed.push({ origin: item.origin, error: item.error });
      continue;
    }
    await queue.enqueue({ input: item.input, replace: options.replace, published: options.published });
    summary.enqueued++;
  }
  return summary;
}
