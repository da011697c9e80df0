/**
 * The offline gazetteer (models/gazetteer.json, built by training/build-gazetteer.ts),
 * loaded once per process on first use and indexed by folded name. The numeric columns and
 * the name index live in SharedArrayBuffers, so analysis threads can take one loaded copy
 * (gazetteerParts / useSharedGazetteer) instead of each loading its own.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceKind } from '../../model/analysis.js';
import { modelsDir } from '../../paths.js';
import { StringTable, type StringTableParts } from '../entities/ner/string-table.js';
import { BIN_COLUMNS, COORD_SCALE, KIND_NAMES, type GazetteerFile } from './gazetteer-format.js';
import { readNameIndexFile, writeNameIndexFile, type IndexStamp } from './name-index-file.js';

export interface Gazetteer {
  size: number;
  name: string[];
  kind: PlaceKind[];
  /** GeoNames id or null. */
  id: Array<number | null>;
  cc: string[];
  /** Admin1 name ("Louisiana") or null. */
  admin1: Array<string | null>;
  /** Admin1 key "US.LA" ("" when unknown), to compare two entries' admin1. */
  admin1Key: string[];
  lat: Float64Array;
  lon: Float64Array;
  pop: Float64Array;
  fc: string[];
  /** Folded name -> entry indices (names and aliases). */
  byName: NameIndex;
  /** Folded demonym -> country entry index. */
  demonyms: Map<string, number>;
  /** Single-word names that are also common English words (need more evidence). */
  commonWords: Set<string>;
  /** ISO2 -> country entry index. */
  countryOf: Map<string, number>;
  /** Most words in any indexed name, bounding the n-gram search. */
  maxWords: number;
}

let cached: Gazetteer | null = null;
let cachedParts: GazetteerParts | null = null;

/** The shipped gazetteer, read and indexed on first call (about 0.1-0.2 s), then shared. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = fromParts(cachedParts ?? loadParts(join(modelsDir, 'gazetteer')));
  return cached;
}

/** Load `<base>.json` + `<base>.bin` (see gazetteer-format.ts). */
export function loadGazetteer(base: string): Gazetteer {
  return fromParts(loadParts(base));
}

/**
 * What a thread needs to build its Gazetteer without reading the files: the big numeric and
 * index arrays (shared, SharedArrayBuffer) and the strings (copied: each thread needs them as
 * JavaScript strings anyway).
 */
export interface GazetteerParts {
  size: number;
  names: string;
  tables: GazetteerFile['tables'];
  /** BIN_COLUMNS, each `size` values, back to back. */
  columns: Int32Array;
  coords: { lat: Float64Array; lon: Float64Array; pop: Float64Array };
  nameIndex: NameIndexParts;
  maxWords: number;
  demonyms: Array<[string, number]>;
  commonWords: string[];
}

/** The shipped gazetteer's parts, for analysis threads (loads the files on first call). */
export function shareGazetteer(): GazetteerParts {
  // only the parts: a thread that shares them need not build the strings it never reads
  if (!cachedParts) cachedParts = loadParts(join(modelsDir, 'gazetteer'));
  return cachedParts;
}

/** Use parts another thread loaded; call before the first gazetteer(). One already loaded is kept. */
export function useSharedGazetteer(parts: GazetteerParts): void {
  if (!cached) cached = fromParts(parts);
}

function loadParts(base: string): GazetteerParts {
  const file = readJsonPart(`${base}.json`);
  const size = file.size;
  const columns = readBinPart(`${base}.bin`, size);
  const col = (c: (typeof BIN_COLUMNS)[number]) => columnOf(columns, size, c);
  const coords = { lat: sharedFloats(size), lon: sharedFloats(size), pop: sharedFloats(size) };
  const [lat, lon, pop] = [col('lat'), col('lon'), col('pop')];
  for (let i = 0; i < size; i++) {
    coords.lat[i] = lat[i]! / COORD_SCALE;
    coords.lon[i] = lon[i]! / COORD_SCALE;
    coords.pop[i] = pop[i]!;
  }
  const names = file.names;
  const stored = readNameIndexFile(`${base}.index.bin`, stampOf(base));
  const { parts, maxWords } = stored ?? builtIndex(file);
  return { size, names, tables: file.tables, columns, coords, nameIndex: parts, maxWords, demonyms: file.demonyms, commonWords: file.commonWords };
}

/** The first 8 bytes of the SHA-1 of the two files the index is built from (~15 ms). */
function stampOf(base: string): IndexStamp {
  const digest = createHash('sha1').update(readFileSync(`${base}.json`)).update(readFileSync(`${base}.bin`)).digest();
  return { jsonBytes: digest.readUInt32LE(0), binBytes: digest.readUInt32LE(4) };
}

/** The name index built from the file: index keys are the lower-cased names, except where the file gives a folded key. */
function builtIndex(file: GazetteerFile): { parts: NameIndexParts; maxWords: number } {
  const keys = file.names.split('\n', file.size).map((n) => n.toLowerCase());
  for (const [i, key] of file.folded) keys[i] = key;
  const { byName, maxWords } = nameIndex(keys, file.aliases);
  return { parts: byName.parts, maxWords };
}

/** Writes `<base>.index.bin` for the gazetteer files at `base` (run by the gazetteer build). */
export function writeGazetteerIndex(base: string): void {
  const { parts, maxWords } = builtIndex(readJsonPart(`${base}.json`));
  writeNameIndexFile(`${base}.index.bin`, parts, maxWords, stampOf(base));
}

function fromParts(p: GazetteerParts): Gazetteer {
  const { size, tables: t } = p;
  const col = (c: (typeof BIN_COLUMNS)[number]) => columnOf(p.columns, size, c);
  const [kinds, ids, ccs, a1s, fcs] = [col('kind'), col('id'), col('cc'), col('a1'), col('fc')];
  const name = p.names.split('\n');
  // Arrays are built by push: `new Array(170000)` makes a dictionary-mode array whose
  // every read is a hash look-up, and Array.from with a mapping function was slower.
  const kind: PlaceKind[] = [], cc: string[] = [], fc: string[] = [], admin1Key: string[] = [];
  const id: Array<number | null> = [], admin1: Array<string | null> = [];
  const countryOf = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const k = KIND_NAMES[kinds[i]!]!;
    kind.push(k);
    cc.push(t.cc[ccs[i]!]!);
    fc.push(t.fc[fcs[i]!]!);
    id.push(ids[i] || null);
    const a = a1s[i]!;
    admin1Key.push(a >= 0 ? t.admin1Key[a]! : '');
    admin1.push(a >= 0 ? t.admin1Name[a]! : null);
    if (k === 'country') countryOf.set(cc[i]!, i);
  }
  const { lat, lon, pop } = p.coords;
  const byName = NameIndex.fromParts(p.nameIndex);
  return { size, name, kind, cc, fc, id, admin1Key, admin1, lat, lon, pop, byName, countryOf, maxWords: p.maxWords, demonyms: new Map(p.demonyms), commonWords: new Set(p.commonWords) };
}

function sharedFloats(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * 8));
}

function columnOf(columns: Int32Array, size: number, c: (typeof BIN_COLUMNS)[number]): Int32Array {
  const k = BIN_COLUMNS.indexOf(c);
  return columns.subarray(k * size, (k + 1) * size);
}

function readJsonPart(path: string): GazetteerFile {
  let file: GazetteerFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile;
  } catch (err) {
    throw new Error(`places: cannot read the gazetteer ${path} (${(err as Error).message}); rebuild it with "npm run build:gazetteer"`);
  }
  if (file.format !== 'newsgraph.gazetteer/3') {
    throw new Error(`places: ${path} has format ${String(file.format)}, expected newsgraph.gazetteer/3; rebuild it with "npm run build:gazetteer"`);
  }
  return file;
}

function readBinPart(path: string, size: number): Int32Array {
  const buf = readFileSync(path);
  const expected = size * 4 * BIN_COLUMNS.length;
  if (buf.length !== expected) throw new Error(`places: ${path} has ${buf.length} bytes, expected ${expected} for ${size} entries; rebuild it with "npm run build:gazetteer"`);
  // Copied into a fresh, aligned SharedArrayBuffer (Buffer's own may be pooled or unaligned).
  const all = new Int32Array(new SharedArrayBuffer(buf.length));
  new Uint8Array(all.buffer).set(buf);
  return all;
}

/** The arrays of a NameIndex: key -> entry (>= 0) or -(1 + offset) of a [count, entries...] list. */
export interface NameIndexParts {
  keys: StringTableParts;
  lists: Int32Array;
}

/**
 * Folded name -> entry indices, in shared arrays. Most names have one entry, stored as the
 * value itself; the others point into one list array (WHY: 170k one-element arrays were a
 * third of the load time, and a Map of 200k strings cost ~15 MB in every thread).
 */
export class NameIndex {
  private constructor(private readonly keys: StringTable, private readonly lists: Int32Array) {}

  /** From key -> entries in first-seen order (no entry twice in a row). */
  static fromMap(map: ReadonlyMap<string, number | number[]>): NameIndex {
    let listLength = 0;
    for (const v of map.values()) if (typeof v !== 'number') listLength += 1 + v.length;
    const lists = new Int32Array(new SharedArrayBuffer(Math.max(4, listLength * 4)));
    const values = new Map<string, number>();
    let at = 0;
    for (const [key, v] of map) {
      if (typeof v === 'number') values.set(key, v);
      else {
        values.set(key, -(1 + at));
        lists[at++] = v.length;
        for (const i of v) lists[at++] = i;
      }
    }
    return new NameIndex(StringTable.fromMap(values), lists);
  }

  static fromParts(parts: NameIndexParts): NameIndex {
    return new NameIndex(StringTable.fromParts(parts.keys), parts.lists);
  }

  get parts(): NameIndexParts {
    return { keys: this.keys.parts, lists: this.lists };
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** The entries of `key` (a fresh array), or undefined. */
  get(key: string): number[] | undefined {
    const v = this.keys.get(key);
    if (v === undefined) return undefined;
    if (v >= 0) return [v];
    const at = -v - 1;
    return Array.from(this.lists.subarray(at + 1, at + 1 + this.lists[at]!));
  }

  get size(): number {
    return this.keys.size;
  }
}

/** The index over names then aliases, and the longest name in words. */
function nameIndex(keys: string[], aliases: Array<[string, number]>): { byName: NameIndex; maxWords: number } {
  const map = new Map<string, number | number[]>();
  let maxWords = 1;
  const add = (key: string, i: number) => {
    if (!key) return;
    const cur = map.get(key);
    if (cur === undefined) map.set(key, i);
    else if (typeof cur === 'number') {
      if (cur !== i) map.set(key, [cur, i]);
    } else if (cur[cur.length - 1] !== i) cur.push(i);
    let words = 1;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
    if (words > maxWords) maxWords = words;
  };
  for (let i = 0; i < keys.length; i++) add(keys[i]!, i);
  for (const [key, i] of aliases) add(key, i);
  return { byName: NameIndex.fromMap(map), maxWords: Math.min(maxWords, 8) };
}
