/**
 * The trained weights: a feature-string index, one row of TAG_COUNT weights per feature,
 * BILOU transition weights, and the gazetteers the features read. Stored as one gzipped
 * binary file: magic, JSON header (features, gazetteers), then sparse int16 weight rows.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAG_COUNT } from './labels.js';
import { parseGazetteer, serializeGazetteer } from './gazetteer.js';
import type { FeatureContext } from './features.js';

export interface NerModel {
  featureIndex: Map<string, number>;
  /** The same rows by template then value ("l-1=paris" -> templates.get("l-1").get("paris")). */
  templates?: Map<string, Map<string, number>>;
  /** featureCount * TAG_COUNT, row-major. */
  weights: Float32Array;
  /** (TAG_COUNT + 1) * TAG_COUNT; row 0 = from sentence start. */
  transitions: Float32Array;
  ctx: FeatureContext;
}

const MAGIC = 'NGNER1\n';
const TAGS = TAG_COUNT;

/** Add each feature's weight row into `out` (length TAG_COUNT). Unknown features are skipped. */
export function addFeatureScores(model: NerModel, features: string[], out: Float32Array, offset: number): void {
  const { featureIndex, weights } = model;
  const T = TAGS; // a local constant: imported bindings are getter calls under some loaders
  for (let k = 0; k < features.length; k++) {
    const row = featureIndex.get(features[k]!);
    if (row === undefined) continue;
    const base = row * T;
    for (let t = 0; t < T; t++) out[offset + t] += weights[base + t]!;
  }
}

/** Add the rows of flat [template, value, ...] features into `out`; unknown ones are skipped. */
export function addPairScores(model: NerModel, pairs: string[], out: Float32Array, offset: number): void {
  const templates = model.templates ?? (model.templates = templatesOf(model.featureIndex));
  const { weights } = model;
  const T = TAGS;
  for (let k = 0; k < pairs.length; k += 2) {
    const row = templates.get(pairs[k]!)?.get(pairs[k + 1]!);
    if (row === undefined) continue;
    const base = row * T;
    for (let t = 0; t < T; t++) out[offset + t] += weights[base + t]!;
  }
}

/** Index rows by template and value: "template=value" splits at its first "=". */
export function templatesOf(featureIndex: Map<string, number>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [feature, row] of featureIndex) {
    const eq = feature.indexOf('=');
    if (eq < 0) continue;
    const template = feature.slice(0, eq);
    let values = out.get(template);
    if (!values) out.set(template, (values = new Map()));
    values.set(feature.slice(eq + 1), row);
  }
  return out;
}

/**
 * Serialise, dropping features whose every weight rounds to zero. Weights are quantised to
 * int16 against the largest magnitude (WHY: perceptron weights need ~3 significant digits).
 */
export function serializeModel(model: NerModel, meta: Record<string, unknown>): Buffer {
  const { featureIndex, weights, transitions } = model;
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (const w of transitions) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767 || 1;
  const kept: string[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (const [feature, row] of featureIndex) {
    let mask = 0;
    const rowValues: number[] = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const q = Math.round(weights[row * TAG_COUNT + t]! / scale);
      if (q !== 0) {
        mask |= 1 << t;
        rowValues.push(q);
      }
    }
    if (!mask) continue;
    kept.push(feature);
    masks.push(mask);
    values.push(...rowValues);
  }
  const header = JSON.stringify({
    ...meta,
    tagCount: TAG_COUNT,
    scale,
    features: kept.join('\n'),
    trainGaz: serializeGazetteer(model.ctx.trainGaz),
    extGaz: serializeGazetteer(model.ctx.extGaz),
    clusters: [...(model.ctx.clusters ?? [])].map(([w, p]) => `${w}\t${p}`).join('\n'),
  });
  const headerBytes = Buffer.from(header, 'utf8');
  const body = Buffer.alloc(4 + headerBytes.length + 4 * masks.length + 2 * transitions.length + 2 * values.length);
  let o = 0;
  o = body.writeUInt32LE(headerBytes.length, o);
  o += headerBytes.copy(body, o);
  for (const m of masks) o = body.writeUInt32LE(m, o);
  for (const w of transitions) o = body.writeInt16LE(clamp16(Math.round(w / scale)), o);
  for (const v of values) o = body.writeInt16LE(clamp16(v), o);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), body]), { level: 9 });
}

function clamp16(v: number): number {
  return Math.max(-32768, Math.min(32767, v));
}

export function parseModel(gz: Buffer, source: string): { model: NerModel; meta: Record<string, unknown> } {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${source}: not a newsgraph NER model (bad magic)`);
  let o = MAGIC.length;
  const headerLength = buf.readUInt32LE(o);
  o += 4;
  const meta = JSON.parse(buf.toString('utf8', o, o + headerLength)) as Record<string, unknown> & {
    tagCount: number; scale: number; features: string; trainGaz: string; extGaz: string; clusters?: string;
  };
  o += headerLength;
  if (meta.tagCount !== TAG_COUNT) throw new Error(`${source}: model has ${meta.tagCount} tags, this code expects ${TAG_COUNT}`);
  const features = meta.features.split('\n');
  const featureIndex = new Map<string, number>();
  features.forEach((f, i) => featureIndex.set(f, i));
  const masks = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++, o += 4) masks[i] = buf.readUInt32LE(o);
  const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let i = 0; i < transitions.length; i++, o += 2) transitions[i] = buf.readInt16LE(o) * meta.scale;
  const weights = new Float32Array(features.length * TAG_COUNT);
  for (let r = 0; r < features.length; r++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!(masks[r]! & (1 << t))) continue;
      weights[r * TAG_COUNT + t] = buf.readInt16LE(o) * meta.scale;
      o += 2;
    }
  }
  if (o !== buf.length) throw new Error(`${source}: ${buf.length - o} trailing bytes; file is damaged or from another version`);
  const ctx = { trainGaz: parseGazetteer(meta.trainGaz), extGaz: parseGazetteer(meta.extGaz), clusters: parseClusters(meta.clusters) };
  const { features: _f, trainGaz: _t, extGaz: _e, clusters: _c, ...rest } = meta;
  return { model: { featureIndex, templates: templatesOf(featureIndex), weights, transitions, ctx }, meta: rest };
}

function parseClusters(text: string | undefined): Map<string, string> | undefined {
  if (!text) return undefined;
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}
