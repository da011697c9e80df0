/**
 * UCDP Actor Dataset (v22.1): armed groups and governments with their name histories.
 * Org 1 = rebel groups, 4 = governments; 2 (party supporters) and 3 (identity groups)
 * are not organisations we link to and are left out.
 */
import { readFileSync } from 'node:fs';
import type { SourceActor } from './types.js';
import { slug } from './names.js';
import { parseCsv } from '../../src/read/csv.js';


export interface UcdpOptions {
  priority: number;
  /** Country name (as UCDP writes it, parenthesis dropped) -> ISO2. */
  countryByName: (name: string) => string | null;
}

export function ucdpActors(path: string, opts: UcdpOptions): SourceActor[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const col = (name: string) => header!.indexOf(name);
  const get = (r: string[], name: string) => (r[col(name)] ?? '').trim();
  const out: SourceActor[] = [];
  for (const r of rows) {
    const org = get(r, 'Org');
    if (org !== '1' && org !== '4') continue;
    const country = opts.countryByName(get(r, 'Location').split(',')[0]!.replace(/\(.*\)/, '').trim());
    if (org === '4') continue; // governments are generated per country (gov:XX), with better aliases
    // English glosses are often generic ("Unity Party", "Party of God"): only longer ones are names
    const glosses = [get(r, 'NameOrigFullEng'), ...listField(get(r, 'NewNameFullEng'))].filter((n) => n.split(/\s+/).length >= 3);
    const names = [
      get(r, 'NameData'),
      get(r, 'NameOrig'),
      get(r, 'NameOrigFull'),
      ...glosses,
      ...listField(get(r, 'NewName')),
      ...listField(get(r, 'NewNameFullMotherTongue')),
    ].filter((n) => n && n !== 'n/a');
    const unique = [...new Set(names)];
    // the newest full English or original name reads best as the canonical one
    const canonical = pickCanonical(get(r, 'NameOrigFull'), get(r, 'NameOrigFullEng'), get(r, 'NameData'));
    out.push({
      id: `ucdp:${get(r, 'ActorId')}`,
      name: canonical,
      kind: 'armed group',
      country,
      aliases: [canonical, ...unique.filter((n) => n !== canonical)],
      acronyms: unique.filter((n) => /^[A-Z][A-Z0-9-]{1,7}$/.test(n.replace(/ - /g, '-'))),
      priority: opts.priority,
      joinByName: true,
    });
  }
  return out;
}

function listField(value: string): string[] {
  return value ? value.split(/,\s*/).map((s) => s.trim()) : [];
}

function pickCanonical(orig: string, eng: string, data: string): string {
  if (orig && orig !== 'n/a' && orig.split(' ').length >= 2) return orig;
  if (eng && eng !== 'n/a') return eng;
  return data;
}

export { slug };
