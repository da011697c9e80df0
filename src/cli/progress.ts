/** A one-line progress display on stderr, drawn only when stderr is a terminal. */
import type { IngestSummary } from '../ingest/ingest.js';

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr, private readonly total: number | null = null) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(s: IngestSummary): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const done = s.stored + s.replaced + s.duplicates + s.failed.length;
    const secs = (now - this.started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const eta = this.total && rate > 0 ? ` · ETA ${formatSeconds((this.total - done) / rate)}` : '';
    const of = this.total ? `/${this.total}` : '';
    this.stream.write(`\r\x1b[K${done}${of} articles · ${rate.toFixed(1)}/s · stored ${s.stored + s.replaced} · duplicates ${s.duplicates} · failed ${s.failed.length}${eta}`);
  }

  finish(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const m = Math.floor(s / 60);
  return m ? `${m}m${Math.round(s % 60)}s` : `${Math.round(s)}s`;
}
