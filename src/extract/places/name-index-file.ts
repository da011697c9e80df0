/**
 * The gazetteer's name index, precomputed: models/gazetteer.index.bin holds the NameIndex's
 * arrays as built from gazetteer.json + gazetteer.bin, so loading copies ~5 MB into shared
 * buffers instead of lower-casing 170k names and hashing 150k keys (~250 ms of a ~340 ms
 * load). The file is tied to the pair it was built from by a digest of both and to the
 * hash function by a probe value; when either differs, the loader builds the index itself.
 *
 * Layout: "NGGIDX01", then 9 u32 (digest word 1, digest word 2, hashProbe, maxWords, chars, starts,
 * values, slots, lists: the last five are element counts), then the five arrays, each
 * starting at a multiple of 4 bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hashString } from '../entities/ner/hashing.js';
import type { NameIndexParts } from './gazetteer.js';

const MAGIC = 'NGGIDX01';
const HEADER_WORDS = 9;
/** Changes if hashString ever changes, which would scatter the stored slot table. */
const HASH_PROBE = () => hashString('newsgraph gazetteer index') >>> 0;

/** Two words of a digest of gazetteer.json + gazetteer.bin. */
export interface IndexStamp {
  jsonBytes: number;
  binBytes: number;
}

export function writeNameIndexFile(path: string, parts: NameIndexParts, maxWords: number, stamp: IndexStamp): void {
  const { chars, starts, values, slots } = parts.keys;
  const arrays = [chars, starts, values, slots, parts.lists];
  const header = new Uint32Array([stamp.jsonBytes, stamp.binBytes, HASH_PROBE(), maxWords, ...arrays.map((a) => a.length)]);
  const pieces: Buffer[] = [Buffer.from(MAGIC, 'latin1'), Buffer.from(header.buffer)];
  for (const a of arrays) {
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    pieces.push(Buffer.from(bytes), Buffer.alloc((4 - (bytes.length % 4)) % 4));
  }
  writeFileSync(path, Buffer.concat(pieces));
}

/** The stored index, or null when there is none or it was built from other files. */
export function readNameIndexFile(path: string, stamp: IndexStamp): { parts: NameIndexParts; maxWords: number } | null {
  if (!existsSync(path)) return null;
  const buf = readFileSync(path);
  if (buf.length < 8 + HEADER_WORDS * 4 || buf.toString('latin1', 0, 8) !== MAGIC) return null;
  const h = new Uint32Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + 8 + HEADER_WORDS * 4));
  if (h[0] !== stamp.jsonBytes || h[1] !== stamp.binBytes || h[2] !== HASH_PROBE()) return null;
  let at = 8 + HEADER_WORDS * 4;
  const take = <T>(count: number, bytesPer: number, make: (b: SharedArrayBuffer) => T): T => {
    const bytes = count * bytesPer;
    const shared = new SharedArrayBuffer(Math.max(bytes, 8));
    new Uint8Array(shared).set(buf.subarray(at, at + bytes));
    at += bytes + ((4 - (bytes % 4)) % 4);
    return make(shared);
  };
  const [nChars, nStarts, nValues, nSlots, nLists] = [h[4]!, h[5]!, h[6]!, h[7]!, h[8]!];
  const chars = take(nChars, 2, (b) => new Uint16Array(b, 0, nChars));
  const starts = take(nStarts, 4, (b) => new Uint32Array(b, 0, nStarts));
  const values = take(nValues, 4, (b) => new Int32Array(b, 0, nValues));
  const slots = take(nSlots, 4, (b) => new Int32Array(b, 0, nSlots));
  const lists = take(nLists, 4, (b) => new Int32Array(b, 0, nLists));
  if (at !== buf.length) return null;
  return { parts: { keys: { chars, starts, values, slots }, lists }, maxWords: h[3]! };
}
