import type { ArticleInput } from '../model/input.js';

/** One thing a reader yields: an article, or an error naming where it came from (file, file:line, feed#item). */
export type ReadItem = { ok: true; input: ArticleInput } | { ok: false; origin: string; error: string };

/** A read error, always on one line (parser messages sometimes span several). */
export const readError = (origin: string, error: string): ReadItem => ({ ok: false, origin, error: error.replace(/\s*\n\s*/g, ' ').trim() });
