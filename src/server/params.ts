/**
 * Query parameters declared once and used twice: to validate requests (clear 400s naming the
 * parameter, what arrived and what was expected) and to describe the routes in OpenAPI.
 */
import { MAX_PAGE } from '../store/types.js';
import { HttpError } from './http-error.js';

export type ParamKind = 'string' | 'int' | 'date' | 'enum' | 'bbox' | 'country';

export interface ParamSpec {
  name: string;
  kind: ParamKind;
  description: string;
  values?: readonly string[];
  min?: number;
  max?: number;
}

export type ParsedQuery = Record<string, string | number | [number, number, number, number] | undefined>;

export const PAGE_PARAMS: ParamSpec[] = [
  { name: 'limit', kind: 'int', min: 1, max: MAX_PAGE, description: `page size (1-${MAX_PAGE}, default 50)` },
  { name: 'offset', kind: 'int', min: 0, max: 10_000_000, description: 'items to skip (default 0)' },
];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parseOne(spec: ParamSpec, raw: string): ParsedQuery[string] {
  const bad = (expected: string) => new HttpError(400, `query parameter '${spec.name}': expected ${expected}, got '${raw.slice(0, 80)}'`);
  switch (spec.kind) {
    case 'string':
      if (raw.length > 200) throw bad('at most 200 characters');
      return raw;
    case 'int': {
      const n = Number(raw);
      const [min, max] = [spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER];
      if (!/^-?\d+$/.test(raw) || n < min || n > max) throw bad(`a whole number from ${min} to ${max}`);
      return n;
    }
    case 'date':
      if (!DATE.test(raw)) throw bad('a date like 2023-03-05, 2023-03 or 2023');
      return raw;
    case 'country':
      if (!/^[A-Za-z]{2}$/.test(raw)) throw bad('a two-letter ISO country code like SY');
      return raw.toUpperCase();
    case 'enum':
      if (!spec.values!.includes(raw)) throw bad(`one of ${spec.values!.map((v) => `'${v}'`).join(', ')}`);
      return raw;
    case 'bbox':
      return parseBbox(raw, bad);
  }
}

function parseBbox(raw: string, bad: (expected: string) => HttpError): [number, number, number, number] {
  const parts = raw.split(',').map((s) => Number(s.trim()));
  const ok = parts.length === 4 && parts.every(Number.isFinite);
  const [west, south, east, north] = parts as [number, number, number, number];
  if (!ok || Math.abs(west) > 180 || Math.abs(east) > 180 || south < -90 || north > 90 || south > north) {
    throw bad('west,south,east,north in degrees, like 35,33,38,37');
  }
  return [west, south, east, north];
}

/** Parse a request's query against its declared parameters; unknown names are an error too. */
export function parseQuery(query: Record<string, string>, specs: readonly ParamSpec[]): ParsedQuery {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const out: ParsedQuery = {};
  for (const [name, raw] of Object.entries(query)) {
    const spec = byName.get(name);
    if (!spec) {
      const known = specs.map((s) => s.name).join(', ') || 'none';
      throw new HttpError(400, `unknown query parameter '${name.slice(0, 40)}'; this route takes: ${known}`);
    }
    if (raw === '') continue;
    out[name] = parseOne(spec, raw);
  }
  return out;
}

/** The same declarations as OpenAPI parameter objects. */
export function openApiParams(specs: readonly ParamSpec[]): object[] {
  return specs.map((s) => ({
    name: s.name,
    in: 'query',
    required: false,
    description: s.description,
    schema: schemaOf(s),
  }));
}

function schemaOf(s: ParamSpec): object {
  switch (s.kind) {
    case 'int':
      return { type: 'integer', minimum: s.min ?? 0, ...(s.max !== undefined ? { maximum: s.max } : {}) };
    case 'enum':
      return { type: 'string', enum: s.values };
    case 'date':
      return { type: 'string', pattern: DATE.source };
    case 'country':
      return { type: 'string', pattern: '^[A-Za-z]{2}$' };
    case 'bbox':
      return { type: 'string', example: '35,33,38,37' };
    default:
      return { type: 'string', maxLength: 200 };
  }
}
