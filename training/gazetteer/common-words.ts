/**
 * Place names that are also ordinary English words ("Police", "Mobile", "Reading"), found
 * by counting case in news text: a name seen more often in lower case than capitalised
 * inside a sentence is a common word, and the places stage asks for more evidence before
 * it takes it as a place. Text: the CoNLL-2003 training split (tokens) and the Wikinews
 * 2019-2020 sample (CC BY 2.5), both in ../shared/data; read at build time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CaseCounts { lower: number; capitalMid: number }

function countWords(sentences: string[][], counts: Map<string, CaseCounts>): void {
  for (const words of sentences) {
    words.forEach((w, i) => {
      if (!/^\p{L}+$/u.test(w)) return;
      const lower = w.toLowerCase();
      let c = counts.get(lower);
      if (!c) counts.set(lower, (c = { lower: 0, capitalMid: 0 }));
      if (w === lower) c.lower++;
      else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w)) c.capitalMid++;
    });
  }
}

function conllSentences(path: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(line.split(' ')[0]!);
  }
  if (cur.length) out.push(cur);
  return out;
}

function plainSentences(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.split(/[^\p{L}]+/u).filter(Boolean));
}

/** The single-word folded names in `names` that read as common words in news text. */
export function commonWordNames(dataDir: string, names: Iterable<string>): string[] {
  const counts = new Map<string, CaseCounts>();
  const conll = join(dataDir, 'conll2003', 'train.txt');
  const wikinews = ['wikinews_2019.csv', 'wikinews_2020.csv'].map((f) => join(dataDir, 'wikinews-2019-2020', f));
  for (const p of [conll, ...wikinews]) if (!existsSync(p)) throw new Error(`build-gazetteer: missing ${p} (needed to find place names that are common words)`);
  countWords(conllSentences(conll), counts);
  for (const p of wikinews) countWords(plainSentences(p), counts);
  const out: string[] = [];
  for (const name of names) {
    if (name.includes(' ')) continue;
    const c = counts.get(name);
    if (c && c.lower >= 2 && c.lower >= c.capitalMid) out.push(name);
  }
  return out.sort();
}
