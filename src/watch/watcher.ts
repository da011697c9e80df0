/** The schedule: a round, then a pause until the next one is due, until stopped. */
import { runRound, type RoundContext, type SourceReport } from './round.js';
import type { Source } from './sources.js';

export interface WatchOptions {
  once: boolean;
  signal: AbortSignal;
  onRound?: (reports: SourceReport[], seconds: number) => void;
}

export async function watchSources(sources: Source[], ctx: RoundContext, options: WatchOptions): Promise<SourceReport[]> {
  let last: SourceReport[] = [];
  while (!options.signal.aborted) {
    const started = Date.now();
    last = await runRound(sources, ctx);
    options.onRound?.(last, (Date.now() - started) / 1000);
    if (options.once) break;
    await sleep(Math.max(0, started + ctx.everyMs - Date.now()), options.signal);
  }
  return last;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/** "90s", "5m", "1h", "2h30m" or plain seconds to milliseconds. */
export function parseInterval(s: string): number {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gi)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== t.replace(/\s+/g, '')) throw new Error(`'${s}' is not an interval like 90s, 5m or 1h`);
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return parts.reduce((ms, p) => ms + Number(p[1]) * unit[p[2]!.toLowerCase()]!, 0);
}
