/**
 * Builds models/quote-cues.json: the words that head an attribution cue in PolNeAR's
 * TRAIN split, with how often each is a cue when it appears (cue count / occurrences).
 * The quotes stage uses it beside its hand-written speech-verb lexicon, so cues of
 * intention and evidence ("wants", "endorsed", "showed") are found too.
 *
 *   node --import tsx training/quote-cues.ts [/work/shared/data/polnear] [minRatio] [minCount]
 *
 * Only the train split is read (dev tunes minRatio; test is never touched).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/text/segment.js';
import { modelsDir } from '../src/paths.js';

const root = process.argv[2] ?? '/work/shared/data/polnear';
const minRatio = Number(process.argv[3] ?? 0.25);
const minCount = Number(process.argv[4] ?? 4);
const dir = join(root, 'data', 'train');

/** Character ranges of gold cues in one .ann file (discontinuous ranges by extent). */
function cueRanges(ann: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (!line.startsWith('T') || !cols[1]?.startsWith('Cue ')) continue;
    const nums = cols[1].slice(4).split(/[ ;]/).map(Number);
    out.push([Math.min(...nums), Math.max(...nums)]);
  }
  return out;
}

const cue = new Map<string, number>();
const seen = new Map<string, number>();
const files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann'));
const byArticle = new Map<string, string[]>();
for (const f of files) {
  const a = f.replace(/_[0-9a-f]{4}\.ann$/, '');
  byArticle.set(a, [...(byArticle.get(a) ?? []), f]);
}
for (const [article, anns] of byArticle) {
  const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
  if (/[\uD800-\uDBFF]/.test(text)) continue; // brat offsets are code points: skip the rare astral texts
  const { tokens } = segment(text);
  for (const t of tokens) {
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    const w = t.text.toLowerCase();
    seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  for (const f of anns) {
    const weight = 1 / anns.length;
    for (const [s, e] of cueRanges(readFileSync(join(dir, 'attributions', f), 'utf8'))) {
      // the cue's head: its last verb (or noun/adjective when it has no verb: "a threat", "critical of")
      const inside = tokens.filter((t) => t.start >= s && t.end <= e);
      const head = [...inside].reverse().find((t) => t.pos === 'VERB') ?? inside.find((t) => t.pos === 'NOUN' || t.pos === 'ADJ');
      if (!head) continue;
      const w = head.text.toLowerCase();
      cue.set(w, (cue.get(w) ?? 0) + weight);
    }
  }
}

const cues: Record<string, number> = {};
for (const [w, n] of [...cue].sort((a, b) => b[1] - a[1])) {
  const ratio = n / (seen.get(w) ?? n);
  if (n >= minCount && ratio >= minRatio && /^[a-z][a-z'’-]*$/.test(w)) cues[w] = Math.round(Math.min(1, ratio) * 1000) / 1000;
}
const out = {
  source: 'PolNeAR v1.0.0 train split (data/train), cue heads; see models/quote-cues.md',
  minRatio,
  minCount,
  cues,
};
writeFileSync(join(modelsDir, 'quote-cues.json'), JSON.stringify(out) + '\n');
console.log(`models/quote-cues.json: ${Object.keys(cues).length} cue words (ratio >= ${minRatio}, count >= ${minCount})`);
