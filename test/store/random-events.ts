/** Articles with many events of random type, country and date, for store tests (deterministic). */
import type { Analysis, ConflictEvent } from '../../src/model/analysis.js';
import { sampleAnalysis } from './sample-analysis.js';

export const TYPES = ['Battles', 'Protests', 'Riots'];
export const COUNTRIES = ['SY', 'ML', null];
// few distinct dates so that many events tie on the date; year and month precision, no date
export const DATES = ['2022-12-31', '2023', '2023-01', '2023-01-01', '2023-01-01T10:00', '2023-06-15', '2023-12-31', '2024-01-01', null];

/** A small deterministic generator (mulberry32): the same events on every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An article with `count` events of random type, country and date among `dates` (copies of the sample's event). */
export function articleWithEvents(id: string, count: number, rnd: () => number, dates: ReadonlyArray<string | null> = DATES): Analysis {
  const a = sampleAnalysis(id);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const template = a.events[0]!;
  a.events = Array.from({ length: count }, (_, i): ConflictEvent => {
    const date = pick(dates);
    return {
      ...template,
      id: `V${i + 1}`,
      type: pick(TYPES) as ConflictEvent['type'],
      date: { value: date, precision: date === null ? null : 'day' },
      place: { ...template.place!, countryCode: pick(COUNTRIES) },
    };
  });
  return a;
}
