/**
 * Roles: the titles and descriptions a text gives a person or group, read from token
 * POS tags with three patterns:
 *  - premodifiers: "army spokesman Colonel Idris Bello", "former prime minister Imran Khan",
 *    "the IOM's spokesman Yusuf Ali" (the run of nouns/adjectives before the name, ending
 *    in a role noun);
 *  - appositives after the name: "Amina Okonjo, a former head of the country's border police, told";
 *  - appositives before it: "The army's spokesman, Idris Bello, said".
 */
import type { Doc, Token } from '../../model/document.js';
import { roleNouns } from './actors.js';
import type { NameMention } from './mentions.js';
import { TITLE_WORDS } from './span-edits.js';
import { isGroupName } from './types.js';

const ROLE_NOUNS = new Set(
  `spokesman spokeswoman spokesperson official officials head chief leader commander minister president director
  officer envoy ambassador adviser advisor analyst researcher professor expert negotiator mediator member founder
  chairman chairwoman chair secretary governor mayor lawmaker legislator senator judge prosecutor lawyer attorney
  general colonel captain lieutenant sergeant major admiral brigadier soldier fighter militant rebel cleric imam
  journalist reporter correspondent editor photographer witness resident survivor doctor nurse activist worker
  coordinator representative deputy premier king queen prince emir sheikh affiliate group faction branch wing
  movement organisation organization agency militia party coalition alliance body force unit newspaper daily
  broadcaster company firm charity monitor watchdog network outlet father mother son daughter wife husband brother
  sister widow candidate student teacher manager owner producer scientist engineer`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of time that end a run of premodifiers ("Last year US President Donald Trump"). */
const TIME_WORDS = new Set('year years week weeks month months day days today yesterday tonight time last next ago'.split(' '));

const PREMODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const MAX_PREMODIFIER = 6;
const MAX_APPOSITIVE = 16;
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);

function isRoleNoun(token: Token): boolean {
  const w = token.text.toLowerCase();
  return ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || roleNouns().has(w);
}

export function rolesOf(doc: Doc, m: NameMention, others: NameMention[]): string[] {
  const roles = [...m.titles];
  if (m.type !== 'PERSON' && m.type !== 'ORG') return roles;
  if (m.type === 'PERSON') roles.push(...premodifierRoles(doc, m, others));
  const after = appositiveAfter(doc, m, others, m.type === 'PERSON' ? 'person' : 'group');
  if (after) roles.push(after);
  const before = m.type === 'PERSON' ? appositiveBefore(doc, m) : null;
  if (before) roles.push(before);
  return roles;
}

/** The run of role words right before a person's name, split where a capitalised title starts. */
function premodifierRoles(doc: Doc, m: NameMention, others: NameMention[]): string[] {
  const sentence = doc.tokens[m.tokenStart]!.sentence;
  let first = m.tokenStart;
  for (let i = m.tokenStart - 1; i >= 0 && m.tokenStart - i <= MAX_PREMODIFIER; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence) break;
    const possessive = t.text === "'s" || t.text === '’s';
    const inPerson = others.some((o) => o !== m && o.type === 'PERSON' && i >= o.tokenStart && i < o.tokenEnd);
    if (inPerson) break;
    // "Secretary of State Antony Blinken": "of" inside a capitalised title
    const titleOf = t.text === 'of' && /^\p{Lu}/u.test(doc.tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(doc.tokens[i + 1]?.text ?? '');
    if (!possessive && !titleOf && !PREMODIFIER_POS.has(t.pos) && !TITLE_WORDS.has(t.text.toLowerCase())) break;
    if (TIME_WORDS.has(t.text.toLowerCase())) break;
    first = i;
  }
  // drop words before the last role head that are not part of a role ("told reporters", a stray proper name)
  const named = (i: number) => others.some((o) => o.type !== 'PERSON' && i >= o.tokenStart && i < o.tokenEnd);
  while (first < m.tokenStart && !runHasRoleHead(doc, first, m.tokenStart, named)) first++;
  let end = m.tokenStart;
  while (end > first && doc.tokens[end - 1]!.text === 'of') end--;
  if (first >= end) return [];
  const tokens = doc.tokens.slice(first, end);
  if (tokens.every((t) => ROLE_MODIFIERS.has(t.text.toLowerCase()))) return [];
  if (!isRoleNoun(roleHead(doc, first, end))) return [];
  return splitAtTitles(doc, tokens);
}

/** The head of a role run: its last word, or the word before "of" ("Secretary of State"). */
function roleHead(doc: Doc, from: number, to: number): Token {
  for (let i = to - 1; i > from; i--) if (doc.tokens[i]!.text === 'of') return doc.tokens[i - 1]!;
  return doc.tokens[to - 1]!;
}

/** Words that qualify a role and may open it even when capitalised ("Former prime minister"). */
const ROLE_MODIFIERS = new Set('former acting deputy senior top interim outgoing incoming late then retired ousted exiled jailed veteran chief'.split(' '));

/** Does the run [from, to) read as a role: ending in a role noun, opening on a word that can open one? */
function runHasRoleHead(doc: Doc, from: number, to: number, named: (token: number) => boolean): boolean {
  if (!isRoleNoun(roleHead(doc, from, to))) return false;
  const opener = doc.tokens[from]!;
  if (from === to - 1 || opener.pos !== 'PROPN') return true;
  const word = opener.text.toLowerCase();
  // an organisation or place may open a role: "IOM spokesman", "Kremlin spokesman", "Nigerian army spokesman"
  return ROLE_MODIFIERS.has(word) || isRoleNoun(opener) || isGroupName(opener.text) || named(from) || doc.tokens[from + 1]?.text === "'s";
}

/** "army spokesman Colonel" -> ["army spokesman", "Colonel"]. */
function splitAtTitles(doc: Doc, tokens: Token[]): string[] {
  const out: Token[][] = [[]];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const startsTitle = prev && /^\p{Lu}/u.test(t.text) && TITLE_WORDS.has(t.text.toLowerCase()) && /^\p{Ll}/u.test(prev.text);
    if (startsTitle) out.push([]);
    out[out.length - 1]!.push(t);
  });
  return out.filter((g) => g.length > 0).map((g) => doc.text.slice(g[0]!.start, g[g.length - 1]!.end));
}

/** ", a former head of the country's border police," after the name. */
function appositiveAfter(doc: Doc, m: NameMention, others: NameMention[], kind: 'person' | 'group'): string | null {
  const comma = doc.tokens[m.tokenEnd];
  if (comma?.text !== ',' || comma.sentence !== doc.tokens[m.tokenStart]!.sentence) return null;
  const first = m.tokenEnd + 1;
  const start = doc.tokens[first];
  if (!start || !opensDescription(doc, first)) return null;
  let last = first;
  for (let i = first; i < doc.tokens.length && i - first < MAX_APPOSITIVE; i++) {
    const t = doc.tokens[i]!;
    const verb = (t.pos === 'VERB' || t.pos === 'AUX') && !hyphenated(doc, i);
    if (t.sentence !== comma.sentence || /^[,;:.)!?"”]$/.test(t.text) || verb || CLAUSE_WORDS.has(t.text.toLowerCase())) break;
    if (others.some((o) => o.type === 'PERSON' && o !== m && i >= o.tokenStart && i < o.tokenEnd)) break; // another person's own premodifier
    last = i;
  }
  return describe(doc, first, last + 1, kind);
}

/** "The army's spokesman, Idris Bello, said": the description before the name, between commas. */
function appositiveBefore(doc: Doc, m: NameMention): string | null {
  // "The army's spokesman, Colonel Souleymane Dembele, said": step back over titles cut from the name
  let start = m.tokenStart;
  while (start > 0 && TITLE_WORDS.has(doc.tokens[start - 1]!.text.toLowerCase()) && /^\p{Lu}/u.test(doc.tokens[start - 1]!.text)) start--;
  const comma = doc.tokens[start - 1];
  const closing = doc.tokens[m.tokenEnd];
  if (comma?.text !== ',' || (closing?.text !== ',' && closing?.text !== '.')) return null;
  const sentence = comma.sentence;
  let first = start - 1;
  for (let i = start - 2; i >= 0 && start - 1 - i <= MAX_APPOSITIVE; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== sentence || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') break;
    first = i;
    if (t.pos === 'DET') break;
  }
  if (first >= start - 1 || !isRoleNoun(doc.tokens[start - 2]!)) return null;
  return describe(doc, first, start - 1, 'person');
}

/** "Britain-based", "Iran-backed": a verb glued by a hyphen to the word before is an adjective. */
function hyphenated(doc: Doc, i: number): boolean {
  const hyphen = doc.tokens[i - 1];
  return !!hyphen && hyphen.text === '-' && hyphen.end === doc.tokens[i]!.start && doc.tokens[i - 2]?.end === hyphen.start;
}

const AGENTIVE = /(er|or|ist|ian|ant|ent|man|woman|person)$/;

/**
 * A description is a role when its head - the word before its first preposition, or its
 * last word - is a role noun or an agent noun ("farmer", "activist"): "other buildings in
 * Salaheddin" is not.
 */
function looksLikeRole(tokens: Token[], kind: 'person' | 'group'): boolean {
  const adp = tokens.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = tokens[(adp > 0 ? adp : tokens.length) - 1]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  const word = head.text.toLowerCase();
  // a group is described by what it is ("a monitoring group"), never by a person's title ("president of ...")
  if (kind === 'group') return GROUP_HEADS.has(word);
  return !NOT_ROLES.has(word) && (isRoleNoun(head) || AGENTIVE.test(word));
}

const TRAILING_FUNCTION_POS = new Set(['ADP', 'DET', 'CCONJ', 'PART', 'ADJ']);

/** Head nouns that describe an organisation. */
const GROUP_HEADS = new Set(
  `group affiliate faction branch wing movement organisation organization agency militia party coalition alliance
  body force forces unit newspaper daily broadcaster company firm charity monitor watchdog network outlet service
  station channel institute association union army front ministry department court council authority campaign
  programme program fund bank club team university school hospital rebels insurgents jihadists militants outfit`
    .split(/\s+/)
    .filter(Boolean),
);

/** Agentive-looking or agent-dictionary words that are not roles. */
const NOT_ROLES = new Set(['people', 'persons', 'public', 'percent', 'number', 'center', 'centre', 'order', 'water', 'winter', 'summer', 'border', 'quarter', 'matter', 'letter']);

function opensDescription(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.pos === 'DET') return /^(a|an|the)$/i.test(t.text);
  if ((t.pos === 'ADJ' || t.pos === 'NOUN') && /^\p{Ll}/u.test(t.text)) return true;
  return t.pos === 'PROPN' && (doc.tokens[i + 1]?.text === "'s" || doc.tokens[i + 1]?.text === '’s');
}

/** The description's text without a leading article; null unless it holds a noun. */
function describe(doc: Doc, from: number, to: number, kind: 'person' | 'group'): string | null {
  let first = from;
  let end = to;
  if (doc.tokens[first] && /^(a|an|the)$/i.test(doc.tokens[first]!.text)) first++;
  // a description cut short by a name ends on its last content word ("son of" -> "son")
  while (end > first && TRAILING_FUNCTION_POS.has(doc.tokens[end - 1]!.pos)) end--;
  if (first >= end) return null;
  const tokens = doc.tokens.slice(first, end);
  if (!looksLikeRole(tokens, kind)) return null;
  return doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}
