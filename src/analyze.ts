/**
 * The whole pipeline on one page: analyze(input, options) -> Analysis.
 * Pure and synchronous per article: no I/O, no global mutable state (models are loaded
 * once and only read), deterministic. Files, store, server and workers wrap it.
 */
import { ANALYSIS_SCHEMA, type Analysis } from './model/analysis.js';
import type { Doc } from './model/document.js';
import type { ArticleInput } from './model/input.js';
import { articleId } from './read/article-id.js';
import { prepareArticle } from './read/prepare.js';
import { segment } from './text/segment.js';
import type { Layers, StageName } from './extract/layers.js';
import { extractEntities } from './extract/entities/index.js';
import { extractTimes } from './extract/times/index.js';
import { extractPlaces } from './extract/places/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractClaims } from './extract/claims/index.js';
import { extractEvents } from './extract/events/index.js';

export interface AnalyzeOptions {
  /** Publication date that overrides the input's and the page's (ISO date or date-time). */
  published?: string | null;
  /** Stages to skip; their layers stay empty. Later stages see empty input layers. */
  skip?: StageName[];
}

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Analysis {
  const article = prepareArticle(input, { published: options.published });
  const doc: Doc = {
    text: article.text,
    published: article.published,
    title: article.title,
    url: article.url,
    outlet: article.outlet,
    ...segment(article.text),
    messages: [...article.messages],
  };
  const skip = new Set(options.skip ?? []);
  const run = <K extends StageName>(name: K, stage: () => Layers[K]): Layers[K] => (skip.has(name) ? [] : stage());

  // The stages, in order: each reads only the layers before it.
  const entities = run('entities', () => extractEntities(doc, {}));
  const times = run('times', () => extractTimes(doc, { entities }));
  const places = run('places', () => extractPlaces(doc, { entities, times }));
  const quotes = run('quotes', () => extractQuotes(doc, { entities, times, places }));
  const claims = run('claims', () => extractClaims(doc, { entities, times, places, quotes }));
  const events = run('events', () => extractEvents(doc, { entities, times, places, quotes, claims }));

  const warnings = doc.messages.filter((m) => m.rule !== 'clean').map((m) => m.reason);
  if (!article.published) warnings.unshift('publication date unknown; relative dates unresolved');
  return {
    schema: ANALYSIS_SCHEMA,
    article: {
      id: articleId(article.url, article.text),
      url: article.url,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      publishedFrom: article.publishedFrom,
      language: 'en',
      text: article.text,
    },
    entities,
    times,
    places,
    quotes,
    claims,
    events,
    warnings: [...new Set(warnings)],
  };
}

/** The document model for a prepared text, for tools and tests that drive one stage. */
export function documentOf(text: string, meta: Partial<Pick<Doc, 'published' | 'title' | 'url' | 'outlet'>> = {}): Doc {
  return { text, published: null, title: null, url: null, outlet: null, ...meta, ...segment(text), messages: [] };
}
