/**
 * The trained weights: feature key (hashing.ts) -> row of TAG_COUNT weights, BILOU transition
 * weights, and the gazetteers (and optional word clusters) the features read. Stored as one
 * gzipped binary file: magic, JSON header (metadata, gazetteers, clusters), then the keys,
 * one 17-bit mask per row, int16 transitions and the non-zero int16 weights.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAG_COUNT } from './labels.js';
import { compactGazetteer, gazetteerFromParts, gazetteerParts, parseGazetteer, serializeGazetteer, type CompactGazetteer, type CompactGazetteerParts } from './gazetteer.js';
import type { FeatureContext } from './features.js';
import { KeyTable, type KeyTableParts } from './key-table.js';

export interface NerModel {
  /** Feature key -> row, as training builds it (a loaded model has only `table`). */
  index?: Map<number, number>;
  /** The same, as a typed-array table for fast lookups (built on load). */
  table?: KeyTable;
  /** rows * TAG_COUNT, row-major. */
  weights: Float32Array;
  /** (TAG_COUNT + 1) * TAG_COUNT; row 0 = from sentence start. */
  transitions: Float32Array;
  ctx: FeatureContext;
}

const MAGIC = 'NGNER2\n';
const TAGS = TAG_COUNT; // a local constant: imported bindings are getter calls under some loaders

/** Add each key's weight row into out[offset .. offset + TAG_COUNT). Unknown keys are skipped. */
export function addKeyScores(model: NerModel, keys: ArrayLike<number>, out: Float32Array, offset: number): void {
  const table = model.table ?? (model.table = tableOf(model));
  const { weights } = model;
  const T = TAGS;
  for (let k = 0; k < keys.length; k++) {
    const row = table.get(keys[k]!);
    if (row < 0) continue;
    const base = row * T;
    for (let t = 0; t < T; t++) out[offset + t] += weights[base + t]!;
  }
}

/**
 * Serialise, dropping rows whose every weight rounds to zero. Weights are quantised to int16
 * against the largest magnitude (WHY: perceptron weights need ~3 significant digits).
 */
export function serializeModel(model: NerModel, meta: Record<string, unknown>): Buffer {
  const { index, weights, transitions } = model;
  if (!index) throw new Error('serializeModel: the model has no feature index (a loaded model cannot be saved again)');
  let maxAbs = 0;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (const w of transitions) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767 || 1;
  const keys: number[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (const [key, row] of [...index].sort((a, b) => a[0] - b[0])) {
    let mask = 0;
    const rowValues: number[] = [];
    for (let t = 0; t < TAGS; t++) {
      const q = Math.round(weights[row * TAGS + t]! / scale);
      if (q !== 0) [mask, rowValues[rowValues.length]] = [mask | (1 << t), q];
    }
    if (!mask) continue;
    keys.push(key);
    masks.push(mask);
    values.push(...rowValues);
  }
  const header = Buffer.from(JSON.stringify({
    ...meta,
    tagCount: TAGS,
    scale,
    rows: keys.length,
    trainGaz: serializeGazetteer(model.ctx.trainGaz),
    extGaz: serializeGazetteer(model.ctx.extGaz),
    clusters: [...(model.ctx.clusters ?? [])].map(([w, p]) => `${w}\t${p}`).join('\n'),
  }), 'utf8');
  const body = Buffer.alloc(4 + header.length + 8 * keys.length + 2 * transitions.length + 2 * values.length);
  let o = body.writeUInt32LE(header.length, 0);
  o += header.copy(body, o);
  for (const k of keys) o = body.writeUInt32LE(k, o);
  for (const m of masks) o = body.writeUInt32LE(m, o);
  for (const w of transitions) o = body.writeInt16LE(clamp16(Math.round(w / scale)), o);
  for (const v of values) o = body.writeInt16LE(clamp16(v), o);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), body]), { level: 9 });
}

function clamp16(v: number): number {
  return Math.max(-32768, Math.min(32767, v));
}

interface Header {
  tagCount: number; scale: number; rows: number; trainGaz: string; extGaz: string; clusters?: string;
}

export function parseModel(gz: Buffer, source: string): { model: LoadedNerModel; meta: Record<string, unknown> } {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${source}: not a newsgraph NER model of this version (expected magic ${JSON.stringify(MAGIC)}); rebuild with \`npm run train:ner\``);
  let o = MAGIC.length;
  const headerLength = buf.readUInt32LE(o);
  o += 4;
  const meta = JSON.parse(buf.toString('utf8', o, o + headerLength)) as Record<string, unknown> & Header;
  o += headerLength;
  if (meta.tagCount !== TAGS) throw new Error(`${source}: model has ${meta.tagCount} tags, this code expects ${TAGS}`);
  // straight into the key table and SharedArrayBuffers: no Map, and analysis threads can share the arrays
  const table = new KeyTable(meta.rows);
  for (let r = 0; r < meta.rows; r++, o += 4) table.set(buf.readUInt32LE(o), r);
  const masks = new Uint32Array(meta.rows);
  for (let r = 0; r < meta.rows; r++, o += 4) masks[r] = buf.readUInt32LE(o);
  const transitions = new Float32Array(new SharedArrayBuffer((TAGS + 1) * TAGS * 4));
  for (let i = 0; i < transitions.length; i++, o += 2) transitions[i] = buf.readInt16LE(o) * meta.scale;
  const weights = new Float32Array(new SharedArrayBuffer(meta.rows * TAGS * 4));
  for (let r = 0; r < meta.rows; r++) {
    for (let t = 0; t < TAGS; t++) {
      if (!(masks[r]! & (1 << t))) continue;
      weights[r * TAGS + t] = buf.readInt16LE(o) * meta.scale;
      o += 2;
    }
  }
  if (o !== buf.length) throw new Error(`${source}: ${buf.length - o} trailing bytes; the file is damaged or from another version`);
  const ctx = {
    trainGaz: compactGazetteer(parseGazetteer(meta.trainGaz)),
    extGaz: compactGazetteer(parseGazetteer(meta.extGaz)),
    clusters: parseClusters(meta.clusters),
  };
  const { trainGaz: _t, extGaz: _e, clusters: _c, ...rest } = meta;
  return { model: { table, weights, transitions, ctx }, meta: rest };
}

/** A model as loaded: every table in SharedArrayBuffers, so one copy can serve every thread. */
export interface LoadedNerModel extends NerModel {
  table: KeyTable;
  ctx: FeatureContext & { trainGaz: CompactGazetteer; extGaz: CompactGazetteer };
}

/** What another thread needs to use a loaded model without loading it again. */
export interface NerModelParts {
  table: KeyTableParts;
  weights: Float32Array;
  transitions: Float32Array;
  trainGaz: CompactGazetteerParts;
  extGaz: CompactGazetteerParts;
  /** Copied, not shared (empty in the shipped model). */
  clusters?: Array<[string, string]>;
}

export function nerModelParts(model: LoadedNerModel): NerModelParts {
  const { table, weights, transitions, ctx } = model;
  const clusters = ctx.clusters ? [...ctx.clusters] : undefined;
  return { table: table.parts, weights, transitions, trainGaz: gazetteerParts(ctx.trainGaz), extGaz: gazetteerParts(ctx.extGaz), clusters };
}

export function nerModelFromParts(parts: NerModelParts): LoadedNerModel {
  const trainGaz = gazetteerFromParts(parts.trainGaz);
  const extGaz = gazetteerFromParts(parts.extGaz);
  const ctx = { trainGaz, extGaz, clusters: parts.clusters ? new Map(parts.clusters) : undefined };
  return { table: KeyTable.fromParts(parts.table), weights: parts.weights, transitions: parts.transitions, ctx };
}

function tableOf(model: NerModel): KeyTable {
  if (!model.index) throw new Error('NER model has neither a key table nor a feature index');
  return KeyTable.from(model.index, model.index.size);
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
