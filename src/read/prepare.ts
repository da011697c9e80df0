/**
 * From what a reader yields to the cleaned article the pipeline analyses:
 * HTML to text, cleaning, and the publication date with where it came from.
 */
import type { PublishedFrom } from '../model/analysis.js';
import type { Message } from '../model/document.js';
import type { ArticleInput } from '../model/input.js';
import { cleanText, dropRepeatedHeadline } from './clean.js';
import { htmlToArticle } from './html.js';
import { normaliseDate } from './dates.js';
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

/** An ISO date for a caller-given value, or null with a message saying it was ignored. */
function givenDate(value: string | null | undefined, what: string, messages: Message[]): string | null {
  if (!value) return null;
  const iso = normaliseDate(value);
  if (!iso) messages.push({ reason: `${what} '${value}' is not a date; ignored`, rule: 'published' });
  return iso;
}

export function prepareArticle(input: ArticleInput, options: PrepareOptions = {}): PreparedArticle {
  const messages: Message[] = [];
  let { url, title, outlet } = input;
  let published = givenDate(input.published, 'input date', messages);
  let publishedFrom: PublishedFrom = published ? (input.publishedFrom ?? 'input') : 'none';
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
  messages.unshift(...cleaned.messages);
  const override = givenDate(options.published, '--published', messages);
  if (override) {
    published = override;
    publishedFrom = 'input';
  } else if (!published) {
    const found = findPublicationDate(cleaned.text, url);
    published = found.published;
    publishedFrom = found.from;
    if (found.note) messages.push({ reason: found.note, rule: 'published' });
  }
  if (!cleaned.text) messages.push({ reason: `no article text left after ${input.html !== undefined ? 'HTML extraction and ' : ''}cleaning`, rule: 'read' });
  return { url, title, outlet, published, publishedFrom, text: cleaned.text, messages };
}
