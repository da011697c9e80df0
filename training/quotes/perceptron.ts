/**
 * Averaged structured perceptron over BIO tag sequences (Collins 2002): on a wrong decode,
 * the gold tags' features and transitions gain 1 and the predicted ones lose 1; the
 * average of the weights over all steps is kept (lazy trick: w - sums / steps).
 */
import type { RawTagger } from '../../src/extract/quotes/model/model.js';
import type { Scorer } from '../../src/extract/quotes/model/tagger.js';

export class AveragedPerceptron implements Scorer {
  readonly weights = new Map<number, Float64Array>();
  private readonly sums = new Map<number, Float64Array>();
  readonly transitions: Float64Array;
  private readonly transitionSums: Float64Array;
  private step = 1;

  constructor(readonly tags: number) {
    this.transitions = new Float64Array((tags + 1) * tags);
    this.transitionSums = new Float64Array((tags + 1) * tags);
  }

  add(keys: ArrayLike<number>, out: Float32Array, offset: number, count = keys.length): void {
    const T = this.tags;
    for (let i = 0; i < count; i++) {
      const row = this.weights.get(keys[i]!);
      if (row) for (let t = 0; t < T; t++) out[offset + t] += row[t]!;
    }
  }

  /** One training step: compare the decode with gold and move the weights. */
  learn(keys: number[][], gold: ArrayLike<number>, pred: ArrayLike<number>): void {
    const T = this.tags;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) for (const k of keys[i]!) this.bump(k, g, p);
      const gp = i ? gold[i - 1]! : -1;
      const pp = i ? pred[i - 1]! : -1;
      if (g !== p || gp !== pp) {
        this.bumpTransition((gp + 1) * T + g, 1);
        this.bumpTransition((pp + 1) * T + p, -1);
      }
    }
    this.step++;
  }

  private bump(key: number, gold: number, pred: number): void {
    let row = this.weights.get(key);
    let sum = this.sums.get(key);
    if (!row || !sum) {
      row = new Float64Array(this.tags);
      sum = new Float64Array(this.tags);
      this.weights.set(key, row);
      this.sums.set(key, sum);
    }
    row[gold]! += 1;
    row[pred]! -= 1;
    sum[gold]! += this.step;
    sum[pred]! -= this.step;
  }

  private bumpTransition(idx: number, v: number): void {
    this.transitions[idx]! += v;
    this.transitionSums[idx]! += v * this.step;
  }

  /** The averaged weights (a copy; training can go on). */
  averaged(): RawTagger & Scorer {
    const weights = new Map<number, Float64Array>();
    for (const [k, row] of this.weights) {
      const sum = this.sums.get(k)!;
      weights.set(k, row.map((w, t) => w - sum[t]! / this.step));
    }
    const transitions = this.transitions.map((w, i) => w - this.transitionSums[i]! / this.step);
    const T = this.tags;
    return {
      tags: T, weights, transitions,
      add(keys, out, offset, count = keys.length) {
        for (let i = 0; i < count; i++) {
          const row = weights.get(keys[i]!);
          if (row) for (let t = 0; t < T; t++) out[offset + t] += row[t]!;
        }
      },
    };
  }
}
