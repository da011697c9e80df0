/**
 * Training sequences from PolNeAR articles: one cue sequence per reading unit and
 * annotator, one role sequence per gold attribution (its cue given, as in citron's
 * cue-conditioned source and content finders).
 */
import { atomsOf } from '../../src/extract/quotes/model/atoms.js';
import type { WordClusters } from '../../src/extract/quotes/model/clusters.js';
import { cueView, unitCueKeys, unitRoleKeys } from '../../src/extract/quotes/model/tagger.js';
import type { CueView } from '../../src/extract/quotes/model/features.js';
import { CUE, ROLE } from '../../src/extract/quotes/model/tags.js';
import { unitOf, type Article, type GoldAttribution, type TokenRange } from './data.js';

export interface CueInstance {
  keys: number[][];
  gold: Int32Array;
}

export interface RoleInstance {
  keys: number[][];
  gold: Int32Array;
  first: number;
  view: CueView;
}

export function buildInstances(articles: Article[], clusters: WordClusters | null): { cue: CueInstance[]; role: RoleInstance[] } {
  const cue: CueInstance[] = [];
  const role: RoleInstance[] = [];
  for (const art of articles) {
    const atoms = atomsOf(art.doc, art.regionOf, art.units, clusters);
    const unitKeys = art.units.map(([f, l]) => unitCueKeys(atoms, f, l));
    for (const ann of art.annotations) {
      const byUnit = new Map<number, GoldAttribution[]>();
      for (const g of ann) {
        const u = unitOf(art.units, g.cue[0]);
        byUnit.set(u, [...(byUnit.get(u) ?? []), g]);
      }
      art.units.forEach(([first, last], u) => {
        const golds = byUnit.get(u) ?? [];
        cue.push({ keys: unitKeys[u]!, gold: cueTags(first, last, golds.map((g) => g.cue)) });
        const cues = golds.map((g) => clip(g.cue, first, last)).filter((c): c is TokenRange => c !== null);
        for (const g of golds) {
          const own = clip(g.cue, first, last);
          if (!own) continue;
          const view = cueView(atoms, art.doc.tokens, own, cues.filter((c) => c[0] !== own[0]));
          role.push({ keys: unitRoleKeys(atoms, first, last, view), gold: roleTags(first, last, own, g), first, view });
        }
      });
    }
  }
  return { cue, role };
}

function clip([s, e]: TokenRange, first: number, last: number): TokenRange | null {
  const a = Math.max(s, first);
  const b = Math.min(e, last);
  return a < b ? [a, b] : null;
}

function cueTags(first: number, last: number, cues: TokenRange[]): Int32Array {
  const tags = new Int32Array(last - first);
  for (const c of cues) {
    const r = clip(c, first, last);
    if (!r) continue;
    for (let k = r[0]; k < r[1]; k++) tags[k - first] = k === r[0] ? CUE.B : CUE.I;
  }
  return tags;
}

/** X on the cue, source over content where they overlap (content extents may hold the source). */
function roleTags(first: number, last: number, cue: TokenRange, g: GoldAttribution): Int32Array {
  const kind = new Int32Array(last - first); // 0 none, 1 source, 2 content, 3 cue
  const mark = (r: TokenRange | null, v: number) => {
    const c = r && clip(r, first, last);
    if (c) for (let k = c[0]; k < c[1]; k++) kind[k - first] = Math.max(kind[k - first]!, v);
  };
  mark(g.content, 1);
  mark(g.source, 2);
  mark(cue, 3);
  const tags = new Int32Array(last - first);
  for (let i = 0; i < tags.length; i++) {
    const k = kind[i]!;
    const cont = i > 0 && kind[i - 1] === k;
    tags[i] = k === 3 ? ROLE.X : k === 2 ? (cont ? ROLE.IS : ROLE.BS) : k === 1 ? (cont ? ROLE.IC : ROLE.BC) : ROLE.O;
  }
  return tags;
}
