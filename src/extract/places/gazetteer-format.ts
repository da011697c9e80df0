/** The on-disk shape of models/gazetteer.json, shared by the build script and the loader. */
import type { PlaceKind } from '../../model/analysis.js';

export const KIND_CODES = { country: 0, admin1: 1, admin2: 2, city: 3, region: 4, site: 5 } as const;
export const KIND_NAMES: readonly PlaceKind[] = ['country', 'admin1', 'admin2', 'city', 'region', 'site'];

/**
 * Two files: models/gazetteer.json (names and small tables) and models/gazetteer.bin
 * (the numeric columns as little-endian Int32 arrays, read without parsing), because
 * JSON.parse of 170k rows alone took more than the 300 ms load budget.
 */
export interface GazetteerFile {
  format: 'newsgraph.gazetteer/3';
  size: number;
  /** Entry names joined by "\n" (one string parses far faster than 170k). */
  names: string;
  tables: {
    /** ISO 3166-1 alpha-2 codes ("" = none). */
    cc: string[];
    /** GeoNames admin1 keys ("US.LA") and their names ("Louisiana"), same order. */
    admin1Key: string[];
    admin1Name: string[];
    /** GeoNames feature codes (PPLC, PPLA, ADM1, PCLI, RGN ...). */
    fc: string[];
  };
  /** Folded look-up keys of the names that are not plain lower-cased: [entry index, key]. */
  folded: Array<[number, string]>;
  /** Extra names for entries: [folded alias or abbreviationKey(), entry index]. */
  aliases: Array<[string, number]>;
  /** Single-word folded names that are also common English words ("police", "mobile"). */
  commonWords: string[];
  /** Folded demonyms ("afghan") -> country entry index; used as country context. */
  demonyms: Array<[string, number]>;
}

/**
 * Columns of gazetteer.bin, in file order, each `size` Int32 values:
 * kind (KIND_CODES), GeoNames id (0 = none), cc (index into tables.cc), a1 (index into
 * tables.admin1Key, -1 = none), lat and lon (degrees x 1e5), population, fc (index into tables.fc).
 */
export const BIN_COLUMNS = ['kind', 'id', 'cc', 'a1', 'lat', 'lon', 'pop', 'fc'] as const;
export const COORD_SCALE = 1e5;

/** Table index of a value, adding it on first sight (used while building). */
export function interner(table: string[]): (value: string) => number {
  const at = new Map(table.map((v, i) => [v, i]));
  return (value) => {
    let i = at.get(value);
    if (i === undefined) {
      i = table.length;
      table.push(value);
      at.set(value, i);
    }
    return i;
  };
}
