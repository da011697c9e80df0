/**
 * The trained quotes model: two linear taggers (cue, role), each a table from feature key
 * to a row of per-tag weights plus BIO transition weights. One gzipped binary file:
 * magic, JSON header, then per tagger the sorted keys (uint32), transitions and the dense
 * weight rows quantised to int16 (WHY dense: 3 and 6 tags make masks cost more than zeros).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { SlotTable } from './slot-table.js';

export interface LinearTagger {
  tags: number;
  /** Feature key -> its weights (one row per key, at the key's slot). */
  table: SlotTable;
  /** (tags + 1) * tags, row 0 = from the unit start. */
  transitions: Float32Array;
}

export interface QuotesModel {
  cue: LinearTagger;
  role: LinearTagger;
  meta: Record<string, unknown>;
}

/** Plain weights, as training produces them. */
export interface RawTagger {
  tags: number;
  weights: Map<number, Float64Array | Float32Array>;
  transitions: ArrayLike<number>;
}

const MAGIC = 'NGQUOTE1\n';

/** Add the rows of keys[0 .. count) into out[offset .. offset + tags). Unknown keys add nothing. */
export function addScores(m: LinearTagger, keys: ArrayLike<number>, out: Float32Array, offset: number, count = keys.length): void {
  m.table.addRows(keys, out, offset, count);
}

function encodeTagger(raw: RawTagger): { header: Record<string, number>; body: Buffer } {
  const T = raw.tags;
  let maxAbs = 0;
  for (const row of raw.weights.values()) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (let i = 0; i < raw.transitions.length; i++) maxAbs = Math.max(maxAbs, Math.abs(raw.transitions[i]!));
  const scale = maxAbs / 32767 || 1;
  const rows = [...raw.weights].filter(([, row]) => row.some((w) => Math.round(w / scale) !== 0)).sort((a, b) => a[0] - b[0]);
  const body = Buffer.alloc(4 * rows.length + 2 * raw.transitions.length + 2 * T * rows.length);
  let o = 0;
  for (const [key] of rows) o = body.writeUInt32LE(key, o);
  for (let i = 0; i < raw.transitions.length; i++) o = body.writeInt16LE(Math.round(raw.transitions[i]! / scale), o);
  for (const [, row] of rows) for (let t = 0; t < T; t++) o = body.writeInt16LE(Math.round(row[t]! / scale), o);
  return { header: { tags: T, rows: rows.length, scale }, body };
}

export function serializeQuotesModel(cue: RawTagger, role: RawTagger, meta: Record<string, unknown>): Buffer {
  const a = encodeTagger(cue);
  const b = encodeTagger(role);
  const header = Buffer.from(JSON.stringify({ ...meta, cue: a.header, role: b.header }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length, 0);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), len, header, a.body, b.body]), { level: 9 });
}

function decodeTagger(buf: Buffer, o: number, h: { tags: number; rows: number; scale: number }): [LinearTagger, number] {
  const T = h.tags;
  const table = new SlotTable(h.rows, T);
  const slots = new Int32Array(h.rows);
  for (let r = 0; r < h.rows; r++, o += 4) slots[r] = table.insert(buf.readUInt32LE(o));
  const transitions = new Float32Array((T + 1) * T);
  for (let i = 0; i < transitions.length; i++, o += 2) transitions[i] = buf.readInt16LE(o) * h.scale;
  for (let r = 0; r < h.rows; r++) for (let t = 0; t < T; t++, o += 2) table.weights[slots[r]! * T + t] = buf.readInt16LE(o) * h.scale;
  return [{ tags: T, table, transitions }, o];
}

export function parseQuotesModel(gz: Buffer, source: string): QuotesModel {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${source}: not a newsgraph quotes model (expected magic ${JSON.stringify(MAGIC)}); rebuild with \`npm run train:quotes\``);
  let o = MAGIC.length;
  const headerLength = buf.readUInt32LE(o);
  o += 4;
  const meta = JSON.parse(buf.toString('utf8', o, o + headerLength)) as Record<string, unknown> & { cue: never; role: never };
  o += headerLength;
  const [cue, o2] = decodeTagger(buf, o, meta.cue);
  const [role, o3] = decodeTagger(buf, o2, meta.role);
  if (o3 !== buf.length) throw new Error(`${source}: ${buf.length - o3} trailing bytes; the file is damaged or from another version`);
  return { cue, role, meta };
}
