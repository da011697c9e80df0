/**
 * Cleaning: the cleaned body is what every span points into.
 * Minimal version (whitespace + NFC, paragraphs kept); boilerplate removal lands with issue 2's readers work.
 */
import type { Message } from '../model/document.js';

export interface Cleaned {
  text: string;
  /** What was removed and why, one message per removal. */
  messages: Message[];
}

export function cleanText(raw: string): Cleaned {
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, messages: [] };
}
