import type { ArticleInput } from '../model/input.js';

/** One thing a reader yields: an article, or an error naming where it came from (file, file:line, feed#item). */
export type ReadItem = { ok: true; input: ArticleInput } | { ok: false; origin: string; error: string };

export const readError = (origin: string, error: string): ReadItem => ({ ok: false, origin, error });
