/**
 * Which reader a file needs: by extension first (after a .gz suffix is set aside), then,
 * for unknown extensions and stdin, by sniffing the first characters.
 */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'json' | 'feed';

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'text', text: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  jsonl: 'jsonl', ndjson: 'jsonl',
  json: 'json',
  rss: 'feed', atom: 'feed', xml: 'feed',
};

/** Extensions a directory walk picks up (named files are read whatever their extension). */
export const ARTICLE_EXTENSIONS = new Set(Object.keys(BY_EXTENSION));

/** "a/b/story.HTML.gz" -> "html"; "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const m = /\.([a-z0-9]+)$/i.exec(base.replace(/\.gz$/i, ''));
  return m ? m[1]!.toLowerCase() : '';
}

export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    const noProlog = head.replace(/^<\?xml[^>]*>\s*/i, '').replace(/^(<!--[\s\S]*?-->\s*)+/, '');
    if (/^<(rss|feed|rdf:RDF)\b/i.test(noProlog) || /^<!DOCTYPE\s+(rss|feed)/i.test(noProlog)) return 'feed';
    // Other XML goes to the feed reader, which names what it found instead of rendering markup as a page.
    if (/^<\?xml/i.test(head) && !/^<(!DOCTYPE\s+)?html/i.test(noProlog)) return 'feed';
    return 'html';
  }
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') ? 'jsonl' : 'json';
  }
  if (/<(html|body|p|div|article)\b[^>]*>/i.test(head)) return 'html';
  return 'text';
}

/**
 * The format for a file: the extension when it names one, except that .xml is checked
 * (an XHTML page saved as .xml is HTML, not a feed); otherwise the content decides.
 */
export function detectFormat(name: string, text: string): InputFormat {
  const byExt = BY_EXTENSION[extensionOf(name)];
  if (byExt === 'feed' && extensionOf(name) === 'xml') return sniffFormat(text) === 'html' ? 'html' : 'feed';
  return byExt ?? sniffFormat(text);
}
