/**
 * Where new items go: with SQLite, analysed and stored in this process (ingestItems); with
 * PostgreSQL, sent as jobs to the queue for `newsgraph worker` processes. Either way the
 * caller learns which items failed (by origin) so it does not mark them as handled.
 */
import { ingestItems } from '../ingest/ingest.js';
import type { Analyzer } from '../ingest/pool.js';
import type { IngestQueue } from '../queue/ingest-queue.js';
import type { ReadItem } from '../read/index.js';
import type { Store } from '../store/types.js';

export interface Delivery {
  /** Stored (or sent to the queue) for the first time. */
  ingested: number;
  /** Already in the store by article id (met through another source, say). */
  duplicates: number;
  /** origin -> error, for items that were not handled. */
  failed: Map<string, string>;
}

export interface Sink {
  deliver(items: ReadItem[]): Promise<Delivery>;
}

export function localSink(store: Store, analyzer: Analyzer): Sink {
  return {
    async deliver(items) {
      async function* each() {
        yield* items;
      }
      const s = await ingestItems(each(), { store, analyzer });
      return { ingested: s.stored + s.replaced, duplicates: s.duplicates, failed: new Map(s.failed.map((f) => [f.origin, f.error])) };
    },
  };
}

export function queueSink(queue: Pick<IngestQueue, 'enqueue'>): Sink {
  return {
    async deliver(items) {
      const out: Delivery = { ingested: 0, duplicates: 0, failed: new Map() };
      for (const item of items) {
        if (!item.ok) {
          out.failed.set(item.origin, item.error);
          continue;
        }
        try {
          await queue.enqueue({ input: item.input });
          out.ingested++;
        } catch (e) {
          out.failed.set(item.input.origin ?? item.input.url ?? 'item', `cannot enqueue: ${(e as Error).message}`);
        }
      }
      return out;
    },
  };
}
