/**
 * From what a reader yields to the cleaned article the pipeline analyses:
 * HTML to text, cleaning, and the publication date with where it came from.
 */
import type { PublishedFrom } from '../model/analysis.js';
import type { Message } from '../model/document.js';
import type { ArticleInput } from '../model/input.js';
import { cleanText, dropRepeatedHeadline } from './clean.js';
import { htmlToArticle } from './html.js';
import { findPublicationDate } from './published.js';

export interface PreparedArticle {
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFrom: PublishedFrom;
  text: string;
  messages: Message[];
}

export interface PrepareOptions {
  /** Overrides every other source of the publication date (the CLI's --published). */
  published?: string | null;
}

export function prepareArticle(input: ArticleInput, options: PrepareOptions = {}): PreparedArticle {
  let { url, title, outlet, published } = input;
  let publishedFrom: PublishedFrom = input.publishedFrom ?? (published ? 'input' : 'none');
  let body = input.text ?? '';
  if (input.html !== undefined && input.text === undefined) {
    const page = htmlToArticle(input.html, { url });
    body = page.text;
    url ??= page.url;
    title ??= page.title;
    outlet ??= page.outlet;
    if (!published && page.published) {
      published = page.published;
      publishedFrom = 'metadata';
    }
  }
  const cleaned = dropRepeatedHeadline(cleanText(body), title);
  const messages = [...cleaned.messages];
  if (options.published) {
    published = options.published;
    publishedFrom = 'input';
  } else if (!published) {
    const found = findPublicationDate(cleaned.text, url);
    published = found.published;
    publishedFrom = found.from;
    if (found.note) messages.push({ reason: found.note, rule: 'published' });
  }
  if (!published) publishedFrom = 'none';
  if (!cleaned.text) messages.push({ reason: `no article text left after ${input.html !== undefined ? 'HTML extraction and ' : ''}cleaning`, rule: 'read' });
  return { url, title, outlet, published, publishedFrom, text: cleaned.text, messages };
}
