/** Dev figures of the bare model (no rules), scored as eval/polnear.ts scores. */
import { freshCounts, metricsOf, score, trim, type Attribution } from '../../eval/polnear.js';
import { modelAttributions, type Scorers } from '../../src/extract/quotes/model/attributions.js';
import type { Article } from './data.js';

export function devFigures(articles: Article[], scorers: Scorers) {
  const counts = freshCounts();
  for (const art of articles) {
    const { text, tokens } = art.doc;
    const chars = ([s, e]: [number, number]): [number, number] => trim(text, [tokens[s]!.start, tokens[e - 1]!.end]);
    const pred: Attribution[] = modelAttributions(art.doc, art.regionOf, art.units, scorers).flatMap((a) =>
      a.content ? [{ cue: chars(a.cue), content: chars(a.content), source: a.source ? chars(a.source) : null }] : []);
    for (const gold of art.gold) score(pred, gold, counts, 1 / art.gold.length);
  }
  return { cue: metricsOf(counts.cue), source: metricsOf(counts.source), content: metricsOf(counts.content), attribution: metricsOf(counts.attribution) };
}
