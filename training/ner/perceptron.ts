/**
 * Averaged structured perceptron (Collins 2002) over emission rows and BILOU transitions.
 * Averaging uses the lazy trick: keep w and u = sum(c * delta); the average is w - u / c.
 */
import { TAG_COUNT } from '../../src/extract/entities/ner/labels.js';
import type { NerModel } from '../../src/extract/entities/ner/model.js';
import type { FeatureContext } from '../../src/extract/entities/ner/features.js';

const T = TAG_COUNT;

export class Perceptron {
  readonly w: Float32Array;
  readonly u: Float32Array;
  readonly trans = new Float32Array((T + 1) * T);
  readonly transU = new Float32Array((T + 1) * T);
  /** Number of examples seen (the averaging clock), starts at 1. */
  clock = 1;

  constructor(readonly featureCount: number) {
    this.w = new Float32Array(featureCount * T);
    this.u = new Float32Array(featureCount * T);
  }

  emissions(featureIds: Int32Array[], out: Float32Array): void {
    out.fill(0);
    for (let i = 0; i < featureIds.length; i++) {
      const ids = featureIds[i]!;
      const o = i * T;
      for (let k = 0; k < ids.length; k++) {
        const base = ids[k]! * T;
        for (let t = 0; t < T; t++) out[o + t] += this.w[base + t]!;
      }
    }
  }

  /** Move weights towards the gold tags and away from the predicted ones, where they differ. */
  update(featureIds: Int32Array[], gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    const c = this.clock;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      if (g !== p) {
        for (const f of featureIds[i]!) {
          this.bump(this.w, this.u, f * T + g, 1, c);
          this.bump(this.w, this.u, f * T + p, -1, c);
        }
      }
      const gp = i === 0 ? 0 : gold[i - 1]! + 1;
      const pp = i === 0 ? 0 : predicted[i - 1]! + 1;
      if (g !== p || gp !== pp) {
        this.bump(this.trans, this.transU, gp * T + g, 1, c);
        this.bump(this.trans, this.transU, pp * T + p, -1, c);
      }
    }
  }

  private bump(w: Float32Array, u: Float32Array, k: number, d: number, c: number): void {
    w[k] += d;
    u[k] += c * d;
  }

  /** The averaged weights as a tagging model. */
  averaged(index: Map<number, number>, ctx: FeatureContext): NerModel {
    const avg = (w: Float32Array, u: Float32Array) => {
      const out = new Float32Array(w.length);
      for (let k = 0; k < w.length; k++) out[k] = w[k]! - u[k]! / this.clock;
      return out;
    };
    return { index, weights: avg(this.w, this.u), transitions: avg(this.trans, this.transU), ctx };
  }
}
