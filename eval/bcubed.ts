/** B³ (Bagga & Baldwin 1998) over items assigned to predicted and gold clusters. */
import { round } from './metrics.js';

export function bcubed(predicted: Map<string, string>, gold: Map<string, string>): { precision: number; recall: number; f1: number } {
  const members = (m: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [item, cluster] of m) {
      if (!out.has(cluster)) out.set(cluster, new Set());
      out.get(cluster)!.add(item);
    }
    return out;
  };
  const p = members(predicted);
  const g = members(gold);
  let precision = 0;
  let recall = 0;
  const items = [...gold.keys()];
  for (const item of items) {
    const mine = p.get(predicted.get(item)!)!;
    const truth = g.get(gold.get(item)!)!;
    let both = 0;
    for (const x of mine) if (truth.has(x)) both++;
    precision += both / mine.size;
    recall += both / truth.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}
