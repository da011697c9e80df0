/**
 * One bounded HTTP GET for `newsgraph watch`, on node's fetch. Feeds on the open web hang,
 * loop redirects and serve huge bodies; each of those must end as a clear error for that
 * source alone. So: one AbortController deadline covers headers AND body, redirects are
 * followed by hand (counted, http(s) only), and the body is read as a stream and abandoned
 * the moment it passes the cap, never buffered whole.
 */
export const USER_AGENT = 'newsgraph-watch/1 (+https://github.com/newsgraph; feed monitor)';

export interface FetchLimits {
  /** Whole request, headers and body (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null };

export class FetchError extends Error {}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export async function fetchBounded(url: string, validators: Validators = {}, limits: FetchLimits = {}): Promise<FetchResult> {
  const timeoutMs = limits.timeoutMs ?? 20_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await followRedirects(url, validators, limits.maxRedirects ?? 5, controller.signal);
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 'not-modified', url: response.url || url };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => {});
      throw new FetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const body = await readCapped(response, limits.maxBytes ?? 10 * 1024 * 1024);
    return {
      status: 'ok',
      url: response.url || url,
      body,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (e) {
    if (controller.signal.aborted) throw new FetchError(`timed out after ${(timeoutMs / 1000).toFixed(1)} s`);
    if (e instanceof FetchError) throw e;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`cannot fetch: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(start: string, validators: Validators, maxRedirects: number, signal: AbortSignal): Promise<Response> {
  let url = start;
  for (let hop = 0; ; hop++) {
    if (!isHttpUrl(url)) throw new FetchError(`only http(s) URLs are fetched, not '${url}'`);
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
    // validators belong to the URL we were given; a redirect target gets a plain request
    if (hop === 0 && validators.etag) headers['if-none-match'] = validators.etag;
    if (hop === 0 && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (response.status < 300 || response.status > 399 || response.status === 304) return response;
    await response.body?.cancel().catch(() => {});
    const location = response.headers.get('location');
    if (!location) throw new FetchError(`HTTP ${response.status} redirect without a Location header`);
    if (hop >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects}; last to ${location})`);
    url = new URL(location, url).toString();
  }
}

/** The body, or an error as soon as it passes `max` bytes (a declared Content-Length is checked first). */
async function readCapped(response: Response, max: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => {});
    throw new FetchError(`body is ${formatMb(declared)}, over the ${formatMb(max)} limit`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new FetchError(`body is over the ${formatMb(max)} limit (stopped reading at ${formatMb(size)})`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

const formatMb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
