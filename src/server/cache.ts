/**
 * A small per-process cache of JSON answers, for a workbench where many analysts open the same
 * pages. An entry is only served while the store's data version is the one it was made under,
 * so a write anywhere (this server's ingest, another process) makes every entry stale at once.
 * Stores that cannot tell their version cheaply (no `dataVersion`) are not cached at all.
 * Bounded by entries and by bytes; least recently used entries go first.
 */
import type { Context } from 'hono';
import type { RouteContext, RouteDef } from './route.js';

const JSON_TYPE = 'application/json';

export interface CachedAnswer {
  body: string;
  contentType: string;
}

interface Entry extends CachedAnswer {
  version: string;
}

/** Entries (and a ~64 MB byte bound) when NEWSGRAPH_API_CACHE does not say; 0 turns the cache off. */
export const DEFAULT_CACHE_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;
/** Larger answers are not worth holding: they would push out many small pages. */
const MAX_ENTRY_BYTES = 1024 * 1024;

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries = DEFAULT_CACHE_ENTRIES, readonly maxBytes = MAX_BYTES) {}

  get(key: string, version: string): CachedAnswer | null {
    const e = this.entries.get(key);
    if (!e || e.version !== version) {
      if (e) this.remove(key, e);
      this.misses++;
      return null;
    }
    // re-inserting moves the key to the end of the Map's order: the most recently used
    this.entries.delete(key);
    this.entries.set(key, e);
    this.hits++;
    return e;
  }

  set(key: string, version: string, answer: CachedAnswer): void {
    if (this.maxEntries <= 0 || answer.body.length > MAX_ENTRY_BYTES) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { ...answer, version });
    this.bytes += answer.body.length;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(k, e);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, e: Entry): void {
    this.entries.delete(key);
    this.bytes -= e.body.length;
  }
}

/** The cache size from NEWSGRAPH_API_CACHE (entries; 0 = off), else the default. */
export function cacheEntriesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEWSGRAPH_API_CACHE;
  if (raw === undefined || raw === '') return DEFAULT_CACHE_ENTRIES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`NEWSGRAPH_API_CACHE: expected a number of entries (0 turns the cache off), got '${raw}'`);
  return n;
}

/** One key per route and parsed query, whatever the order or spelling of the parameters. */
export function cacheKey(path: string, query: Record<string, unknown>): string {
  const names = Object.keys(query).filter((k) => query[k] !== undefined).sort();
  return `${path}?${names.map((k) => `${k}=${JSON.stringify(query[k])}`).join('&')}`;
}

/**
 * A route's handler behind the cache: a hit answers from memory; a miss makes the route's JSON
 * text and keeps it under the data version read before the query ran (a write that lands
 * meanwhile makes the entry stale, never a stale answer current). Routes without `json` are
 * not cached.
 */
export function cachedHandler(cache: ResponseCache, dataVersion: () => Promise<string>) {
  return async (c: Context, route: RouteDef, r: RouteContext): Promise<Response> => {
    if (!route.json) return route.handle(c, r);
    const key = cacheKey(c.req.path, r.query);
    const version = await dataVersion();
    const hit = cache.get(key, version);
    if (hit) return c.body(hit.body, 200, { 'content-type': hit.contentType, 'x-cache': 'hit' });
    const body = await route.json(r);
    cache.set(key, version, { body, contentType: JSON_TYPE });
    return c.body(body, 200, { 'content-type': JSON_TYPE, 'x-cache': 'miss' });
  };
}
