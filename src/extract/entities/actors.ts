/**
 * The actor knowledge base at run time: models/actors.json (built by `npm run build:actors`)
 * loaded once, and a trie over normalised alias pieces for matching in documents.
 *
 * Matching is case- and punctuation-insensitive, with two guards that keep ordinary words
 * out: a match must hold a capitalised piece (names are capitalised in English news), and
 * an alias piece written in capitals ("IS", "AP", "TTP") matches only capitals, so "is" and
 * "ap" never become actors (the KB build writes short one-word aliases of its all-capitals
 * sources in capitals for this reason).
 * The tables live in SharedArrayBuffers (actor-tables.ts): analysis threads share one copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import { modelsDir } from '../../paths.js';
import { aliasPattern, parsePattern } from './alias-pattern.js';
import { ActorTables, type ActorInfo, type ActorTablesParts, type AliasHit } from './actor-tables.js';
import { aliasKey, piecesOfWord } from './normalize.js';

export type { ActorInfo } from './actor-tables.js';

export interface ActorMention extends Span {
  actor: string;
  /** Doc token range [tokenStart, tokenEnd) the mention covers. */
  tokenStart: number;
  tokenEnd: number;
}

interface ActorKb {
  tables: ActorTables;
  roleNouns: Set<string>;
}

/** What an analysis thread needs to use another thread's KB: the shared tables and the role nouns. */
export interface ActorKbParts {
  tables: ActorTablesParts;
  roleNouns: string[];
}

/** [id, name, kind, country, aliases, alias patterns (see alias-pattern.ts; absent in older files)]. */
type StoredActor = [string, string, string, string | null, string[], string[]?];

let kb: ActorKb | null = null;

/** The KB, read from models/actors.json on first use (or taken from another thread, see useSharedActorKb). */
export function actorKb(): ActorKb {
  if (!kb) kb = readActorKb(join(modelsDir, 'actors.json'));
  return kb;
}

/** The loaded KB's shared tables, for analysis threads (loads the KB first if needed). */
export function shareActorKb(): ActorKbParts {
  const k = actorKb();
  return { tables: k.tables.parts, roleNouns: [...k.roleNouns] };
}

/** Use a KB another thread loaded; call before the first look-up. One already loaded is kept. */
export function useSharedActorKb(parts: ActorKbParts): void {
  if (!kb) kb = { tables: ActorTables.fromParts(parts.tables), roleNouns: new Set(parts.roleNouns) };
}

function readActorKb(path: string): ActorKb {
  let raw: { actors: StoredActor[]; roleNouns: string[] };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`actor KB ${path} cannot be read (${(err as Error).message}); rebuild it with \`npm run build:actors\``);
  }
  const actors = raw.actors.map(([id, name, kind, country, aliases]) => ({ id, name, kind, country, aliases }));
  const patterns = raw.actors.map((a) => a[5] ?? a[4].map(aliasPattern));
  // The trie, flattened: every alias prefix ("hayat", "hayat tahrir", ...) is one key.
  const prefixes: PrefixHits = new Map();
  const byKey = new Map<string, number>();
  actors.forEach((a, index) => {
    for (const pattern of patterns[index]!) addAlias(prefixes, byKey, pattern, index);
  });
  return { tables: ActorTables.build({ actors, byKey, prefixes }), roleNouns: new Set(raw.roleNouns) };
}

type PrefixHits = Map<string, Array<{ actor: number; upper: boolean[] }> | null>;

function addAlias(prefixes: PrefixHits, byKey: Map<string, number>, pattern: string, actor: number): void {
  if (!pattern) return;
  const { keys, upper } = parsePattern(pattern);
  byKey.set(keys.join(' '), actor);
  // "The Associated Press" is also met as "the Associated Press": a lower-case article never starts a match
  const from = keys.length > 1 && keys[0] === 'the' ? 1 : 0;
  let prefix = '';
  for (let i = from; i < keys.length; i++) {
    prefix = i === from ? keys[i]! : prefix + ' ' + keys[i]!;
    if (!prefixes.has(prefix)) prefixes.set(prefix, null);
  }
  let hits = prefixes.get(prefix);
  if (!hits) prefixes.set(prefix, (hits = []));
  hits.push({ actor, upper: from ? upper.slice(from) : upper });
}

function isCapitalsOnly(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The actor an exact name stands for, ignoring case and punctuation ("the Kremlin" -> gov:RU). */
export function lookupActor(name: string): ActorInfo | null {
  const { tables } = actorKb();
  const key = aliasKey(name.replace(/^the\s+/i, ''));
  const index = tables.indexOfKey(key) ?? tables.indexOfKey(aliasKey(name));
  return index === undefined ? null : tables.actor(index);
}

export function actorById(id: string): ActorInfo | null {
  const { tables } = actorKb();
  const index = tables.indexOfId(id);
  return index === undefined ? null : tables.actor(index);
}

/** Lower-case role nouns from the Phoenix agents dictionary ("spokesman", "commander"...). */
export function roleNouns(): Set<string> {
  return actorKb().roleNouns;
}

interface DocPiece {
  key: string;
  text: string;
  start: number;
  end: number;
  token: number;
  /** A non-joining token (comma, bracket) or a sentence break sits before this piece. */
  breakBefore: boolean;
}

/** Tokens that may sit inside a name without breaking it: "al-Sham", "Hay'at", "RFE/RL". */
const JOINERS = new Set(['-', '‐', '‑', '‒', '–', '—', '−', "'", '’', '/', '.', '&']);

function docPieces(doc: Doc): DocPiece[] {
  const out: DocPiece[] = [];
  let pendingBreak = true;
  let sentence = -1;
  doc.tokens.forEach((token, index) => {
    if (token.sentence !== sentence) (pendingBreak = true), (sentence = token.sentence);
    const pieces = piecesOfWord(token.text);
    if (pieces.length === 0 && !JOINERS.has(token.text)) pendingBreak = true;
    for (const p of pieces) {
      const start = token.start + p.start;
      const end = token.start + p.end;
      out.push({ key: p.key, text: doc.text.slice(start, end), start, end, token: index, breakBefore: pendingBreak });
      pendingBreak = false;
    }
  });
  return out;
}

/** Every KB alias in the document, leftmost-longest, never overlapping. */
export function findActorMentions(doc: Doc): ActorMention[] {
  const { tables } = actorKb();
  const pieces = docPieces(doc);
  const out: ActorMention[] = [];
  let i = 0;
  while (i < pieces.length) {
    const found = longestMatchAt(tables, pieces, i);
    if (!found) {
      i++;
      continue;
    }
    const first = pieces[i]!;
    const last = pieces[found.end - 1]!;
    if (found.end - i === 1 && inShoutedText(doc, first.token)) {
      i++;
      continue;
    }
    out.push({
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      actor: tables.actor(found.actor).id,
      tokenStart: first.token,
      tokenEnd: last.token + 1,
    });
    i = found.end;
  }
  return out;
}

const SHOUTED_WORD = /^\p{Lu}{2,}$/u;

/** "THE USA IS GREAT": a one-word match between two all-capital words is shouting, not an acronym. */
function inShoutedText(doc: Doc, token: number): boolean {
  const before = doc.tokens[token - 1];
  const after = doc.tokens[token + 1];
  const sentence = doc.tokens[token]!.sentence;
  return !!before && !!after && before.sentence === sentence && after.sentence === sentence && SHOUTED_WORD.test(before.text) && SHOUTED_WORD.test(after.text);
}

function longestMatchAt(tables: ActorTables, pieces: DocPiece[], from: number): { end: number; actor: number } | null {
  if (pieces[from]!.text === 'the') return null;
  let prefix = '';
  let best: { end: number; actor: number } | null = null;
  for (let j = from; j < pieces.length; j++) {
    if (j > from && pieces[j]!.breakBefore) break;
    prefix = j === from ? pieces[j]!.key : prefix + ' ' + pieces[j]!.key;
    const hits = tables.prefix(prefix);
    if (hits === undefined) break;
    const hit = hits >= 0 ? tables.findHit(hits, (h) => casesAgree(h, pieces, from)) : null;
    if (hit) best = { end: j + 1, actor: hit.actor };
  }
  return best;
}

function casesAgree(hit: AliasHit, pieces: DocPiece[], from: number): boolean {
  let capitalised = false;
  for (let n = 0; n < hit.pieces; n++) {
    const text = pieces[from + n]!.text;
    if ((hit.upper >>> n) & 1 && !isCapitalsOnly(text)) return false;
    if (/^\p{Lu}/u.test(text) || /^\p{N}/u.test(text)) capitalised = true;
  }
  if (hit.pieces === 1) return /^[\p{Lu}\p{N}]/u.test(pieces[from]!.text);
  return capitalised;
}
