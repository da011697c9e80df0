/**
 * Cleaning: the cleaned body is what every span points into. Unicode NFC, whitespace
 * normalised, paragraphs separated by exactly one blank line, lines within a paragraph
 * joined by a space (hard-wrapped text becomes one paragraph line), curly quotes and
 * dashes kept as written. Boilerplate lines (clean-rules.ts) are dropped, each recorded
 * as a Message {rule: 'clean'}. The messages carry no span: a span would have to point
 * into the raw text, which nobody downstream holds; the reason quotes the removed line.
 */
import type { Message } from '../model/document.js';
import { boilerplateRule } from './clean-rules.js';

export interface Cleaned {
  text: string;
  /** What was removed and why, one message per removal. */
  messages: Message[];
}

/** Space-like characters that render as a space; zero-width and soft hyphens render as nothing. */
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

const quoteLine = (line: string): string => (line.length > 80 ? `${line.slice(0, 77)}...` : line);

export function cleanText(raw: string): Cleaned {
  const messages: Message[] = [];
  const normalised = raw
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(SPACES, ' ');
  const paragraphs: string[] = [];
  for (const block of normalised.split(/\n[ ]*\n/)) {
    const kept: string[] = [];
    for (const rawLine of block.split('\n')) {
      const line = rawLine.replace(/ {2,}/g, ' ').trim();
      if (!line) continue;
      const rule = boilerplateRule(line);
      if (rule) messages.push({ reason: `removed ${rule.name}: "${quoteLine(line)}"`, rule: 'clean' });
      else kept.push(line);
    }
    if (kept.length) paragraphs.push(kept.join(' '));
  }
  return { text: paragraphs.join('\n\n'), messages };
}

const comparable = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The headline repeated as the body's first paragraph (feed items and JSONL html often
 * start with their own <h1>): it is the title, not story text, and would be read twice.
 */
export function dropRepeatedHeadline(cleaned: Cleaned, title: string | null): Cleaned {
  if (!title) return cleaned;
  const breakAt = cleaned.text.indexOf('\n\n');
  const first = breakAt === -1 ? cleaned.text : cleaned.text.slice(0, breakAt);
  if (breakAt === -1 || comparable(first) !== comparable(title)) return cleaned;
  return {
    text: cleaned.text.slice(breakAt + 2),
    messages: [...cleaned.messages, { reason: `removed headline repeated as the first paragraph: "${quoteLine(first)}"`, rule: 'clean' }],
  };
}
