import { createHash } from 'node:crypto';

/** Strip what does not identify an article: scheme, "www.", tracking parameters, fragment, trailing slash. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$|ocid$)/i.test(key)) u.searchParams.delete(key);
    }
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    const query = u.searchParams.toString();
    return `${host}${path}${query ? `?${query}` : ''}`;
  } catch {
    return url.trim();
  }
}

/** Stable article id: hash of the normalised URL or, absent that, of the cleaned text. */
export function articleId(url: string | null, text: string): string {
  const basis = url ? `url:${normaliseUrl(url)}` : `text:${text}`;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}
