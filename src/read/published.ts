/**
 * Publication date when the input and page metadata give none: a dateline, then the URL.
 * Minimal version (URL only); datelines land with issue 2's readers work.
 */
import type { PublishedFrom } from '../model/analysis.js';

export function findPublicationDate(_text: string, url: string | null): { published: string | null; from: PublishedFrom } {
  const m = url?.match(/\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|[^\d])/);
  if (m) return { published: `${m[1]}-${m[2]}-${m[3]}`, from: 'url' };
  return { published: null, from: 'none' };
}
