/**
 * One round of `newsgraph watch`: every source checked once, a few at a time. A source's
 * failure is caught, recorded in its status and backed off; it never stops the others.
 */
import type { ReadItem } from '../read/index.js';
import type { FeedStatus, Store } from '../store/types.js';
import { collect, type Candidate, type CollectOptions } from './collect.js';
import type { Sink } from './sink.js';
import type { Source } from './sources.js';

export interface RoundContext extends CollectOptions {
  store: Store;
  sink: Sink;
  /** The schedule's interval: backoff is counted in rounds of it. */
  everyMs: number;
  /** Sources checked at once (default 4). */
  concurrency?: number;
  now?: () => Date;
}

export interface SourceReport {
  source: string;
  outcome: 'ok' | 'not-modified' | 'error' | 'backing-off';
  newItems: number;
  ingested: number;
  error: string | null;
}

/** Longest pause for a failing source, however long it keeps failing. */
const MAX_BACKOFF_MS = 6 * 3600_000;

/**
 * After f failures in a row, the time from the last try to the next: 1, 2, 4, 8... intervals
 * (capped). Rounds start a little late or early, so a source is due half an interval early.
 */
export function backoffMs(failures: number, everyMs: number): number {
  return Math.min(MAX_BACKOFF_MS, everyMs * 2 ** Math.min(Math.max(failures - 1, 0), 20));
}

function backingOff(status: FeedStatus, now: Date, everyMs: number): boolean {
  if (!status.lastFetch || status.failures === 0) return false;
  return now.getTime() < Date.parse(status.lastFetch) + backoffMs(status.failures, everyMs) - everyMs / 2;
}

export async function runRound(sources: Source[], ctx: RoundContext): Promise<SourceReport[]> {
  const reports: SourceReport[] = new Array(sources.length);
  let next = 0;
  const lane = async () => {
    while (next < sources.length) {
      const i = next++;
      reports[i] = await checkSourceSafely(sources[i]!, ctx);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.concurrency ?? 4, sources.length) }, lane));
  return reports;
}

async function checkSourceSafely(source: Source, ctx: RoundContext): Promise<SourceReport> {
  try {
    return await checkSource(source, ctx);
  } catch (e) {
    // only the store itself can fail here (checkSource records source errors); say so and go on
    return { source: source.location, outcome: 'error', newItems: 0, ingested: 0, error: `cannot record status: ${(e as Error).message}` };
  }
}

export async function checkSource(source: Source, ctx: RoundContext): Promise<SourceReport> {
  const now = (ctx.now ?? (() => new Date()))();
  const status = (await ctx.store.feedStatus(source.location)) ?? freshStatus(source);
  const report: SourceReport = { source: source.location, outcome: 'ok', newItems: 0, ingested: 0, error: null };
  if (backingOff(status, now, ctx.everyMs)) {
    return { ...report, outcome: 'backing-off', error: status.lastError };
  }
  status.lastFetch = now.toISOString();
  try {
    const got = await collect(source, { etag: status.etag, lastModified: status.lastModified }, ctx);
    if (got.notModified) {
      Object.assign(status, { lastStatus: 'not-modified', lastError: null, failures: 0 });
      report.outcome = 'not-modified';
    } else {
      Object.assign(status, { kind: got.kind, etag: got.etag, lastModified: got.lastModified });
      const { fresh, ingested, errors } = await handleNew(source.location, got.candidates, ctx);
      status.itemsSeen += fresh;
      status.itemsIngested += ingested;
      Object.assign(status, { lastStatus: 'ok', failures: 0, lastError: errors.length ? `${errors.length} item(s) failed; first: ${errors[0]}` : null });
      Object.assign(report, { newItems: fresh, ingested, error: status.lastError });
    }
  } catch (e) {
    Object.assign(status, { lastStatus: 'error', lastError: (e as Error).message, failures: status.failures + 1 });
    Object.assign(report, { outcome: 'error', error: status.lastError });
  }
  await ctx.store.saveFeedStatus(status);
  return report;
}

/** A source's item keys not listed for this long are forgotten (feeds list days or weeks of items). */
const FORGET_AFTER_DAYS = 90;

/** Read and deliver the candidates not handled before; mark the ones that were. */
async function handleNew(source: string, candidates: Candidate[], ctx: RoundContext) {
  const unique = [...new Map(candidates.map((c) => [c.key, c])).values()];
  const seen = await ctx.store.seenFeedItems(source, unique.map((c) => c.key));
  const fresh = unique.filter((c) => !seen.has(c.key));
  const byOrigin = new Map<string, string>();
  const items: ReadItem[] = [];
  for (const c of fresh) {
    for (const item of await c.read()) {
      items.push(item);
      byOrigin.set(item.ok ? (item.input.origin ?? item.input.url ?? '') : item.origin, c.key);
    }
  }
  const delivery = items.length ? await ctx.sink.deliver(items) : { ingested: 0, duplicates: 0, failed: new Map<string, string>() };
  // an item whose analysis or enqueueing failed is tried again next round; one that cannot be
  // read (no content) would fail the same way forever, so it is marked handled with its error kept
  const retry = new Set<string>();
  for (const item of items) {
    if (item.ok && delivery.failed.has(item.input.origin ?? item.input.url ?? '')) retry.add(byOrigin.get(item.input.origin ?? item.input.url ?? '')!);
  }
  await ctx.store.markFeedItems(source, fresh.filter((c) => !retry.has(c.key)).map((c) => c.key));
  // items the source still lists stay remembered; ones it dropped long ago are forgotten
  await ctx.store.pruneFeedItems?.(source, [...seen], new Date(Date.now() - FORGET_AFTER_DAYS * 864e5).toISOString());
  const errors = [...delivery.failed].map(([origin, error]) => `${origin}: ${error}`);
  return { fresh: fresh.length - retry.size, ingested: delivery.ingested, errors };
}

function freshStatus(source: Source): FeedStatus {
  return {
    source: source.location,
    kind: source.kind === 'folder' ? 'folder' : 'feed',
    lastFetch: null, lastStatus: null, lastError: null, etag: null, lastModified: null,
    itemsSeen: 0, itemsIngested: 0, failures: 0,
  };
}
