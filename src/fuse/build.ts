/**
 * An Incident (newsgraph.incident/1) rebuilt from its reports. Figures are kept per source,
 * never averaged: one entry per outlet, where an outlet's later report (a correction, "the
 * toll rose to") supersedes its earlier one; min and max span the sources.
 */
import { INCIDENT_SCHEMA, type Count, type Figures, type Incident, type Precision } from '../model/analysis.js';
import type { Report } from './report.js';

const PLACE_RANK: Record<string, number> = { site: 0, city: 1, admin2: 2, admin1: 3, region: 4, country: 5 };
const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };

export function buildIncident(id: string, reports: Report[]): Incident {
  const ordered = [...reports].sort(byPublished);
  const withDate = ordered.filter((r) => r.date !== null);
  const dated = withDate.filter((r) => !r.date!.fromPublication);
  const dateSource = dated.length ? dated : withDate;
  const precisions = dated.map((r) => r.date!.precision).filter((p): p is Precision => p !== null);
  const place = bestPlace(ordered);
  return {
    schema: INCIDENT_SCHEMA,
    id,
    type: mostCommon(ordered.map((r) => r.type))!,
    subType: mostCommon(ordered.map((r) => r.subType).filter((s): s is string => s !== null)) ?? null,
    date: {
      start: min(dateSource.map((r) => r.date!.start)),
      end: max(dateSource.map((r) => r.date!.end)),
      precision: precisions.length ? precisions.sort((a, b) => PRECISION_RANK[a] - PRECISION_RANK[b])[0]! : null,
    },
    place: place ? { name: place.name, countryCode: place.countryCode, admin1: place.admin1, lat: place.lat, lon: place.lon } : null,
    actors: unionActors(ordered),
    fatalities: figures(ordered, (r) => r.fatalities),
    injured: figures(ordered, (r) => r.injured),
    reports: ordered.map((r) => ({ article: r.article, url: r.url, outlet: r.outlet, published: r.published, event: r.event })),
  };
}

function figures(reports: Report[], pick: (r: Report) => Count | null): Figures | null {
  const latestBySource = new Map<string, { article: string; outlet: string | null; value: number; qualifier: Count['qualifier'] }>();
  for (const r of reports) {
    const c = pick(r);
    if (!c) continue;
    // reports are in publication order, so a later report of the same outlet replaces its earlier figure
    latestBySource.set(r.outlet ?? `article:${r.article}`, { article: r.article, outlet: r.outlet, value: c.value, qualifier: c.qualifier });
  }
  const bySource = [...latestBySource.values()];
  if (!bySource.length) return null;
  const values = bySource.map((b) => b.value);
  return { min: Math.min(...values), max: Math.max(...values), bySource };
}

function bestPlace(reports: Report[]): Report['place'] {
  const places = reports.map((r) => r.place).filter((p): p is NonNullable<Report['place']> => p !== null);
  if (!places.length) return null;
  const rank = (p: NonNullable<Report['place']>) => (PLACE_RANK[p.kind ?? 'city'] ?? 1) * 10 + (p.lat === null ? 5 : 0);
  const best = Math.min(...places.map(rank));
  const candidates = places.filter((p) => rank(p) === best);
  const name = mostCommon(candidates.map((p) => p.name));
  return candidates.find((p) => p.name === name)!;
}

function unionActors(reports: Report[]): Incident['actors'] {
  const seen = new Map<string, Incident['actors'][number]>();
  for (const r of reports) {
    for (const a of r.actors) {
      const key = `${a.role}|${a.actor ?? a.name.toLowerCase()}`;
      if (!seen.has(key)) seen.set(key, { role: a.role, name: a.name, actor: a.actor });
    }
  }
  return [...seen.values()];
}

/** The most frequent value; ties go to the one seen first. */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best;
}

function byPublished(a: Report, b: Report): number {
  return (a.published ?? '').localeCompare(b.published ?? '') || a.article.localeCompare(b.article) || a.event.localeCompare(b.event);
}

const min = (xs: string[]) => (xs.length ? xs.reduce((a, b) => (b < a ? b : a)) : null);
const max = (xs: string[]) => (xs.length ? xs.reduce((a, b) => (b > a ? b : a)) : null);
