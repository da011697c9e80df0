/**
 * HTML page to article body and metadata.
 * Minimal version (tags stripped); Readability + linkedom and metadata land with issue 2's readers work.
 */
export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export function htmlToArticle(html: string, _hints: { url: string | null }): HtmlArticle {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|h\d|li)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  return { text, title: null, url: null, outlet: null, published: null };
}
