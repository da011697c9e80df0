/**
 * A small Prometheus text-format registry: counters with labels, and gauges read when scraped.
 * Enough for articles ingested, failures by reason, queue depth and stage timings, without a
 * client library for four metric names.
 */
type Labels = Record<string, string>;

interface Series {
  help: string;
  type: 'counter' | 'gauge';
  values: Map<string, number>;
}

export class Metrics {
  private readonly series = new Map<string, Series>();
  private readonly gauges: Array<() => Promise<void>> = [];

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    const s = this.get(name, help, 'counter');
    const key = labelKey(labels);
    s.values.set(key, (s.values.get(key) ?? 0) + by);
  }

  set(name: string, help: string, value: number, labels: Labels = {}): void {
    this.get(name, help, 'gauge').values.set(labelKey(labels), value);
  }

  /** A gauge refreshed at each scrape (queue depth, say). */
  onScrape(refresh: () => Promise<void>): void {
    this.gauges.push(refresh);
  }

  async render(): Promise<string> {
    await Promise.all(this.gauges.map((g) => g().catch(() => {})));
    const out: string[] = [];
    for (const [name, s] of this.series) {
      out.push(`# HELP ${name} ${s.help}`, `# TYPE ${name} ${s.type}`);
      for (const [labels, v] of s.values) out.push(`${name}${labels} ${v}`);
    }
    return `${out.join('\n')}\n`;
  }

  private get(name: string, help: string, type: Series['type']): Series {
    let s = this.series.get(name);
    if (!s) this.series.set(name, (s = { help, type, values: new Map() }));
    return s;
  }
}

function labelKey(labels: Labels): string {
  const entries = Object.entries(labels);
  if (!entries.length) return '';
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',')}}`;
}

/** The failure reason as a short, bounded label value (never the whole message). */
export function reasonLabel(error: string): string {
  return error.replace(/[^a-z ]/gi, ' ').trim().split(/\s+/).slice(0, 4).join(' ').toLowerCase() || 'unknown';
}
