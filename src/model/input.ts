import type { PublishedFrom } from './analysis.js';

/** What a reader yields for one article, before cleaning. Exactly one of text/html is set. */
export interface ArticleInput {
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** ISO 8601 date or date-time, when the input states it. */
  published: string | null;
  /** Where `published` came from; readers set "input" or "metadata". */
  publishedFrom?: PublishedFrom;
  text?: string;
  html?: string;
  /** Where the article came from, for error messages: "feed.xml#3", "a.jsonl:12". */
  origin?: string;
}
