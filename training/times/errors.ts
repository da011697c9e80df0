/**
 * Error analysis for the times stage on a TempEval-3 split (meant for train: TBAQ-cleaned;
 * never tune on test). Lists value mismatches, misses and false positives with the sentence
 * around each, grouped by the shape of the expression (months, weekdays and numbers
 * replaced by placeholders), largest groups first, so general causes show up as big groups.
 *
 *   node --import tsx training/times/errors.ts [--split train] [--kind value|miss|fp|all] [--top N] [--group SHAPE]
 *   node --import tsx training/times/errors.ts --precision   (value precision by shape, worst first)
 */
import { join } from 'node:path';
import { sharedDataDir } from '../../src/paths.js';
import { loadSplit, runSystem, scoreDoc, type Counts, type TmlDoc } from '../../eval/tempeval.js';

interface Row {
  kind: 'value' | 'miss' | 'fp';
  shape: string;
  line: string;
}

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g;
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi;
const NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|several)\b/gi;

/** "last Friday" -> "last WD", "March 4, 1990" -> "MON N, N": expressions of one pattern share a shape. */
export function shapeOf(text: string): string {
  return text.replace(MONTH, 'MON').replace(WEEKDAY, 'WD').replace(NUMBER, 'N').toLowerCase().replace(/\s+/g, ' ');
}

function sentenceAround(doc: TmlDoc, start: number, end: number): string {
  const left = doc.text.lastIndexOf('\n', start);
  const from = Math.max(left + 1, start - 120);
  const right = doc.text.indexOf('\n', end);
  const to = Math.min(right < 0 ? doc.text.length : right, end + 100);
  return `${doc.text.slice(from, start)}[[${doc.text.slice(start, end)}]]${doc.text.slice(end, to)}`.replace(/\s+/g, ' ');
}

function errorsOf(doc: TmlDoc): Row[] {
  const rows: Row[] = [];
  const out = runSystem('newsgraph', doc);
  const counts: Counts = { gold: 0, system: 0, strict: 0, relaxedGold: 0, relaxedSystem: 0, type: 0, value: 0 };
  const matched = new Set<number>();
  const file = doc.name.split('/').pop();
  scoreDoc(doc.timexes, out, counts, (g, s) => {
    const goldText = doc.text.slice(g.start, g.end);
    if (!s) {
      rows.push({ kind: 'miss', shape: shapeOf(goldText), line: `MISS  gold ${g.type} ${g.value}  dct=${doc.dct} ${file}\n      ${sentenceAround(doc, g.start, g.end)}` });
      return;
    }
    matched.add(out.indexOf(s));
    if (s.value === g.value) return;
    rows.push({
      kind: 'value',
      shape: shapeOf(goldText),
      line: `VALUE gold '${goldText}' ${g.type} ${g.value} | ours '${s.text}' ${s.type} ${s.value}  dct=${doc.dct} ${file}\n      ${sentenceAround(doc, g.start, g.end)}`,
    });
  });
  out.forEach((s, i) => {
    if (matched.has(i)) return;
    rows.push({ kind: 'fp', shape: shapeOf(s.text), line: `FP    ours ${s.type} ${s.value}  dct=${doc.dct} ${file}\n      ${sentenceAround(doc, s.start, s.end)}` });
  });
  return rows;
}

/**
 * Value precision by shape: for each shape of our outputs, how many have the gold value.
 * Value F1 is 2·(right values)/(gold + system), so an output kind whose values are right
 * less often than about F1/2 lowers it: those are the ones to fix or drop.
 */
function valuePrecision(docs: TmlDoc[]): void {
  const byShape = new Map<string, { n: number; right: number }>();
  for (const doc of docs) {
    const out = runSystem('newsgraph', doc);
    const counts: Counts = { gold: 0, system: 0, strict: 0, relaxedGold: 0, relaxedSystem: 0, type: 0, value: 0 };
    const right = new Set<number>();
    scoreDoc(doc.timexes, out, counts, (g, s) => {
      if (s && s.value === g.value) right.add(out.indexOf(s));
    });
    out.forEach((s, i) => {
      const e = byShape.get(shapeOf(s.text)) ?? { n: 0, right: 0 };
      e.n++;
      if (right.has(i)) e.right++;
      byShape.set(shapeOf(s.text), e);
    });
  }
  const rows = [...byShape.entries()].filter(([, e]) => e.n >= 3).sort((a, b) => a[1].right / a[1].n - b[1].right / b[1].n);
  for (const [shape, e] of rows) console.log(`${(e.right / e.n).toFixed(2)}  ${String(e.right).padStart(3)}/${String(e.n).padEnd(3)}  ${shape}`);
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function main(): void {
  const split = arg('split', 'train');
  if (split === 'test' && !process.argv.includes('--i-know')) {
    throw new Error('errors.ts: error analysis is for the train split; tuning on test is not allowed (pass --i-know to look anyway)');
  }
  const kind = arg('kind', 'all');
  const top = Number(arg('top', '1000'));
  const onlyGroup = arg('group', '');
  const docs = loadSplit(join(sharedDataDir, 'tempeval3'), split);
  if (process.argv.includes('--precision')) return valuePrecision(docs);
  const rows = docs.flatMap(errorsOf).filter((r) => kind === 'all' || r.kind === kind);
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.kind} ${r.shape}`;
    if (onlyGroup && r.shape !== onlyGroup) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, top);
  for (const [key, list] of sorted) {
    console.log(`\n== ${list.length}  ${key}`);
    for (const r of list) console.log(r.line);
  }
  const byKind = (k: string) => rows.filter((r) => r.kind === k).length;
  console.log(`\n${rows.length} errors: ${byKind('value')} value, ${byKind('miss')} missed, ${byKind('fp')} false positives (${docs.length} docs, ${split})`);
}

main();
