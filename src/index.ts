export { analyze, documentOf, type AnalyzeOptions } from './analyze.js';
export * from './model/analysis.js';
export type { ArticleInput } from './model/input.js';
export type { Doc, Token, Sentence, Message } from './model/document.js';
