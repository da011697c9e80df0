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
  /** Its 200 JSON answers may be served again from the response cache while the store is unchanged. */
  cache?: boolean;
  handle: (c: Context, r: RouteContext) => Promise<Response>;
}
