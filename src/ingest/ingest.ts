/**
 * Ingest: read inputs, analyse them on the pool, store each in its own transaction.
 * Streams with bounded work in flight, so memory does not grow with the corpus; a stop
 * (SIGINT, SIGKILL) leaves every stored article whole, and a re-run skips them by id.
 */
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/input.js';
import { articleId } from '../read/article-id.js';
import { readInputs } from '../read/index.js';
import type { SaveOutcome, Store } from '../store/types.js';
import { fuseAnalysis } from '../fuse/index.js';
import type { Analyzer } from './pool.js';

export interface IngestOptions {
  store: Store;
  analyzer: Analyzer;
  /** Re-analyse and replace articles already stored. */
  replace?: boolean;
  published?: string;
  maxBytes?: number;
  /** Called after each article is handled (for progress bars). */
  onProgress?: (summary: IngestSummary, origin: string | undefined) => void;
  /** Fuse each stored article's events into incidents (default true). */
  fuse?: boolean;
  /** Called after an article was stored and fused. */
  onStored?: (analysis: Analysis) => Promise<void> | void;
  /** Checked before each new article; returning true stops reading (SIGINT). */
  shouldStop?: () => boolean;
}

export interface IngestSummary {
  read: number;
  stored: number;
  replaced: number;
  duplicates: number;
  failed: Array<{ origin: string; error: string }>;
}

export function emptySummary(): IngestSummary {
  return { read: 0, stored: 0, replaced: 0, duplicates: 0, failed: [] };
}

export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  return ingestItems(readInputs(paths, { maxBytes: options.maxBytes }), options);
}

type Item = { ok: true; input: ArticleInput } | { ok: false; origin: string; error: string };

export async function ingestItems(items: AsyncIterable<Item>, options: IngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const maxInFlight = Math.max(2, options.analyzer.size * 4);
  const inFlight = new Set<Promise<void>>();

  const handle = async (input: ArticleInput): Promise<void> => {
    const origin = input.origin ?? input.url ?? 'input';
    try {
      // an article with a URL is known by it before any work: skip the analysis of a duplicate
      if (!options.replace && input.url && (await options.store.hasArticle(articleId(input.url, '')))) {
        summary.duplicates++;
        return;
      }
      const analysis = await options.analyzer.analyze(input, { published: options.published });
      if (analysis.article.text.trim() === '') throw new Error('no article text left after cleaning');
      const outcome: SaveOutcome = await options.store.saveAnalysis(analysis, input, { replace: options.replace });
      if (outcome === 'duplicate') summary.duplicates++;
      else {
        if (outcome === 'stored') summary.stored++;
        else summary.replaced++;
        if (options.fuse !== false) await fuseAnalysis(options.store, analysis);
        await options.onStored?.(analysis);
      }
    } catch (e) {
      summary.failed.push({ origin, error: (e as Error).message });
    } finally {
      options.onProgress?.(summary, origin);
    }
  };

  for await (const item of items) {
    if (options.shouldStop?.()) break;
    summary.read++;
    if (!item.ok) {
      summary.failed.push({ origin: item.origin, error: item.error });
      options.onProgress?.(summary, item.origin);
      continue;
    }
    const p = handle(item.input).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return summary;
}

/** Run the pipeline again over every stored article (after the pipeline changed). */
export async function reanalyzeStore(options: IngestOptions): Promise<IngestSummary> {
  const store = options.store;
  async function* storedInputs(): AsyncGenerator<Item> {
    for await (const id of store.articleIds()) {
      const input = await store.getInput(id);
      if (input) yield { ok: true, input };
      else yield { ok: false, origin: id, error: 'stored without its input; cannot re-analyse' };
    }
  }
  return ingestItems(storedInputs(), { ...options, replace: true });
}
