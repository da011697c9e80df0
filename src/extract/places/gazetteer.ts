/**
 * The offline gazetteer (models/gazetteer.json, built by training/build-gazetteer.ts),
 * loaded once per process on first use and indexed by folded name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceKind } from '../../model/analysis.js';
import { modelsDir } from '../../paths.js';
import { BIN_COLUMNS, COORD_SCALE, KIND_NAMES, type GazetteerFile } from './gazetteer-format.js';

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

/** The shipped gazetteer, read and indexed on first call (about 0.1-0.2 s), then shared. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = loadGazetteer(join(modelsDir, 'gazetteer'));
  return cached;
}

/** Load `<base>.json` + `<base>.bin` (see gazetteer-format.ts). */
export function loadGazetteer(base: string): Gazetteer {
  const file = readJsonPart(`${base}.json`);
  const cols = readBinPart(`${base}.bin`, file.size);
  const t = file.tables;
  const size = file.size;
  const name = file.names.split('\n');
  // Arrays are built by push: `new Array(170000)` makes a dictionary-mode array whose
  // every read is a hash look-up, and Array.from with a mapping function was slower.
  const keys: string[] = [];
  for (let i = 0; i < size; i++) keys.push(name[i]!.toLowerCase());
  for (const [i, key] of file.folded) keys[i] = key;
  const { byName, maxWords } = nameIndex(keys, file.aliases);
  const kind: PlaceKind[] = [], cc: string[] = [], fc: string[] = [], admin1Key: string[] = [];
  const id: Array<number | null> = [], admin1: Array<string | null> = [];
  const lat = new Float64Array(size), lon = new Float64Array(size), pop = new Float64Array(size);
  const countryOf = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const k = KIND_NAMES[cols.kind[i]!]!;
    kind.push(k);
    cc.push(t.cc[cols.cc[i]!]!);
    fc.push(t.fc[cols.fc[i]!]!);
    id.push(cols.id[i] || null);
    const a = cols.a1[i]!;
    admin1Key.push(a >= 0 ? t.admin1Key[a]! : '');
    admin1.push(a >= 0 ? t.admin1Name[a]! : null);
    lat[i] = cols.lat[i]! / COORD_SCALE;
    lon[i] = cols.lon[i]! / COORD_SCALE;
    pop[i] = cols.pop[i]!;
    if (k === 'country') countryOf.set(cc[i]!, i);
  }
  return { size, name, kind, cc, fc, id, admin1Key, admin1, lat, lon, pop, byName, countryOf, maxWords, demonyms: new Map(file.demonyms), commonWords: new Set(file.commonWords) };
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

type Columns = Record<(typeof BIN_COLUMNS)[number], Int32Array>;

function readBinPart(path: string, size: number): Columns {
  const buf = readFileSync(path);
  const expected = size * 4 * BIN_COLUMNS.length;
  if (buf.length !== expected) throw new Error(`places: ${path} has ${buf.length} bytes, expected ${expected} for ${size} entries; rebuild it with "npm run build:gazetteer"`);
  // Copy into a fresh, aligned ArrayBuffer (Buffer's own may be pooled or unaligned).
  const all = new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  const cols = {} as Columns;
  BIN_COLUMNS.forEach((c, k) => (cols[c] = all.subarray(k * size, (k + 1) * size)));
  return cols;
}

/**
 * Folded name -> entry indices. Most names have one entry, so a lone index is stored as a
 * number and wrapped on read: 170k one-element arrays were a third of the load time.
 */
export class NameIndex {
  private readonly map = new Map<string, number | number[]>();

  add(key: string, i: number): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, i);
    else if (typeof cur === 'number') {
      if (cur !== i) this.map.set(key, [cur, i]);
    } else if (cur[cur.length - 1] !== i) cur.push(i);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get(key: string): number[] | undefined {
    const cur = this.map.get(key);
    return cur === undefined ? undefined : typeof cur === 'number' ? [cur] : cur;
  }

  get size(): number {
    return this.map.size;
  }
}

/** The index over names then aliases, and the longest name in words. */
function nameIndex(keys: string[], aliases: Array<[string, number]>): { byName: NameIndex; maxWords: number } {
  const byName = new NameIndex();
  let maxWords = 1;
  const add = (key: string, i: number) => {
    if (!key) return;
    byName.add(key, i);
    let words = 1;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) words++;
    if (words > maxWords) maxWords = words;
  };
  for (let i = 0; i < keys.length; i++) add(keys[i]!, i);
  for (const [key, i] of aliases) add(key, i);
  return { byName, maxWords: Math.min(maxWords, 8) };
}
