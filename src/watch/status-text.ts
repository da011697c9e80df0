/** Watched sources as lines for `newsgraph stats`. */
import type { FeedStatus } from '../store/types.js';

export function feedStatusLines(feeds: FeedStatus[]): string[] {
  if (!feeds.length) return [];
  const lines = [`watched sources (${feeds.length}):`];
  for (const f of feeds) {
    const when = f.lastFetch ? f.lastFetch.slice(0, 19).replace('T', ' ') : 'never';
    const failing = f.failures ? `, ${f.failures} failure(s) in a row` : '';
    lines.push(`  ${f.source} [${f.kind}] last ${when} ${f.lastStatus ?? '-'}; ${f.itemsSeen} seen, ${f.itemsIngested} ingested${failing}`);
    if (f.lastError) lines.push(`    error: ${f.lastError}`);
  }
  return lines;
}
