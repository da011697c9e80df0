/**
 * OFAC designated groups: Foreign Terrorist Organizations with every "aka", plus
 * SDGT entities whose names say they are armed groups (the SDGT list also holds banks,
 * charities and companies, which are not actors here).
 */
import { readFileSync } from 'node:fs';
import type { SourceActor } from './types.js';
import { displayCase, looksLikeAcronym } from './names.js';

const GROUP_WORD = /\b(BRIGADES?|ARMY|FRONT|MOVEMENT|ORGANI[SZ]ATION|GROUP|MUJAHIDI?E?E?N|JIHAD|ISLAMIC STATE|ISIL|ISIS|HIZBALLAH|MILITIA|FORCES|BATTALIONS?|LASHKAR|JAMA'?AT|TALIBAN|QA'?IDA|ANSAR|KATA'?IB|SHABAAB|HARAKAT)\b/;

interface OfacRow {
  ent: string;
  primary: string;
  alias: string;
}

function readRows(path: string): OfacRow[] {
  const [, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  return lines.map((l) => {
    const [ent, primary, , , alias] = l.split('\t');
    return { ent: ent!, primary: primary!, alias: (alias ?? '').trim() };
  });
}

export function ofacActors(dir: string, priority: number): SourceActor[] {
  const fto = readRows(`${dir}/fto_aliases.tsv`);
  const ftoIds = new Set(fto.map((r) => r.ent));
  const sdgt = readRows(`${dir}/sdgt_fto_entities_aliases.tsv`).filter((r) => !ftoIds.has(r.ent) && GROUP_WORD.test(r.primary));
  const byEnt = new Map<string, OfacRow[]>();
  for (const r of [...fto, ...sdgt]) byEnt.set(r.ent, [...(byEnt.get(r.ent) ?? []), r]);
  const out: SourceActor[] = [];
  for (const [ent, rows] of byEnt) {
    const names = rows.flatMap((r) => splitParen(r.alias)).filter((n) => n.length > 1);
    const parenthesised = rows.flatMap((r) => splitParen(r.alias).slice(1));
    const primary = splitParen(rows[0]!.primary)[0]!;
    const display = [...new Set([primary, ...names])].map(displayCase);
    out.push({
      id: `ofac:${ent}`,
      name: display[0]!,
      kind: 'armed group',
      country: null,
      aliases: display,
      acronyms: [...new Set([...parenthesised, ...names.filter(looksLikeAcronym)])],
      priority,
      joinByName: true,
    });
  }
  return out;
}

/** "TEHRIK-E TALIBAN PAKISTAN (TTP)" -> ["TEHRIK-E TALIBAN PAKISTAN", "TTP"]. */
function splitParen(name: string): string[] {
  const inner = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim());
  return [name.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim(), ...inner];
}
