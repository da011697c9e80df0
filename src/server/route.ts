/** A route declared once: registered on the app and described in /api/openapi.json from the same object. */
import type { Context } from 'hono';
import type { Store } from '../store/types.js';
import type { ParamSpec, ParsedQuery } from './params.js';

export interface RouteContext {
  store: Store;
  query: ParsedQuery;
}

export interface RouteDef {
  method: 'get' | 'post';
  /** Hono path syntax (":id"); OpenAPI gets "{id}". */
  path: string;
  summary: string;
  params?: readonly ParamSpec[];
  /** Path parameters, described for OpenAPI. */
  pathParams?: Record<string, string>;
  /** Media types of a 200 response. */
  produces?: readonly string[];
  /** Needs the write token (Bearer). */
  write?: boolean;
  /**
   * The 200 answer as JSON text, for routes whose answers the response cache may serve again
   * while the store is unchanged (`handle` sends it; the cache keeps the text without reading
   * a Response back). Set by jsonRoute().
   */
  json?: (r: RouteContext) => Promise<string>;
  handle: (c: Context, r: RouteContext) => Promise<Response>;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/** A route answering JSON text made by `json`, cacheable (see RouteDef.json). */
export function jsonRoute(def: Omit<RouteDef, 'json' | 'handle'> & { json: (r: RouteContext) => Promise<string> }): RouteDef {
  return { ...def, handle: async (c, r) => c.body(await def.json(r), 200, JSON_TYPE) };
}
