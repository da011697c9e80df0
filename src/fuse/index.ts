/**
 * Incident fusion, incremental: each stored article's events join the best-matching incident
 * already stored, or start a new one. Candidates come from the store blocked by date window
 * and place box, so the cost per article does not grow with the number of incidents.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../model/analysis.js';
import type { IncidentCandidateQuery, Store } from '../store/types.js';
import { buildIncident } from './build.js';
import { COARSE_KINDS, matchScore, MAX_KM } from './match.js';
import { addDays, reportsOf, type Report } from './report.js';

export { buildIncident } from './build.js';
export { reportsOf, type Report } from './report.js';

/** Fuse one article's events into the store's incidents; returns the incident id of each event. */
export function fuseAnalysis(store: Store, analysis: Analysis): Promise<Map<string, string>> {
  return store.withFusionLock(() => fuseUnlocked(store, analysis));
}

async function fuseUnlocked(store: Store, analysis: Analysis): Promise<Map<string, string>> {
  const placed = new Map<string, string>();
  for (const report of reportsOf(analysis)) {
    const query = candidateQuery(report);
    const candidates = query ? await store.incidentCandidates(query) : [];
    let best: { id: string; reports: Report[]; score: number } | null = null;
    for (const c of candidates) {
      const others = c.reports.filter((r) => r.article !== report.article || r.event !== report.event);
      const score = matchScore(report, others);
      if (score !== null && (!best || score > best.score)) best = { id: c.id, reports: others, score };
    }
    const id = best?.id ?? incidentId(report);
    const reports = [...(best?.reports ?? []), report];
    await store.saveIncident(buildIncident(id, reports), reports);
    placed.set(report.event, id);
  }
  return placed;
}

/**
 * Block by date (the report's range, a day's slack either side) and country; distance is
 * checked in matchScore. An undated report can only join an incident at the same named place.
 */
export function candidateQuery(r: Report): IncidentCandidateQuery | null {
  const country = r.place?.countryCode ?? null;
  const p = r.place;
  const near = p && p.lat !== null && p.lon !== null && !COARSE_KINDS.has(p.kind ?? '') ? { lat: p.lat, lon: p.lon, km: MAX_KM } : null;
  if (r.date) return { dateFrom: addDays(r.date.start, -1), dateTo: addDays(r.date.end, 1), country, near };
  return r.place ? { placeName: r.place.name, country } : null;
}

function incidentId(r: Report): string {
  return `I${createHash('sha256').update(`${r.article}:${r.event}`).digest('hex').slice(0, 12)}`;
}
