/** Response headers every answer carries, and the bearer-token check for writing routes. */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error.js';

/** No inline script, no foreign origin: article text can never become code here. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('content-security-policy', CONTENT_SECURITY_POLICY);
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('x-frame-options', 'DENY');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('cross-origin-resource-policy', 'same-origin');
};

/** Throws unless the request carries `Authorization: Bearer <token>`; writing is off without a token. */
export function requireToken(token: string | undefined, header: string | undefined): void {
  if (!token) throw new HttpError(403, 'writing is disabled on this server; start it with `newsgraph serve --token TOKEN` to allow ingest');
  const sent = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  const [a, b] = [Buffer.from(sent), Buffer.from(token)];
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'missing or wrong bearer token (send Authorization: Bearer TOKEN)');
}
