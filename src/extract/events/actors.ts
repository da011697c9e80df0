/**
 * Actor phrases in a clause ("heavily armed men", "the coalition", "army units",
 * "six civilians", "a military convoy"), what kind of actor each is, and the entity
 * it belongs to when the entities layer found one.
 *
 * The phrases are found here from a head-noun lexicon so the stage works (and works on
 * upper- or lower-case wire text) before or without the entities layer; entity mentions
 * that no head phrase covers are added as candidates of their own.
 */
import type { Entity, Span } from '../../model/analysis.js';
import { spanOf, type Doc } from '../../model/document.js';
import { caselessNames } from './caseless.js';

export type ActorKind = 'state' | 'nonstate' | 'civilian' | 'protester' | 'target' | 'org' | 'person';

export interface ActorPhrase extends Span {
  kind: ActorKind;
  entity: string | null;
  /** The head word(s) the phrase was found by, lower case. */
  head: string;
}

// order matters: at one position the first kind wins ("police station" is a target, not police)
const HEADS: Array<[ActorKind, string]> = [
  ['target', 'military convoy|convoy|police station|military base|army base|base|outpost|checkpoint|barracks|church|mosque|temple|school|market|hospital|bus|minibus|vehicles?|cars?|trucks?|trains?|station|offices?|headquarters|embassy|(?:apartment |residential )?buildings?|bridges?|pylons?|(?:power |electric(?:al|ity) )?towers?|power station|substation|pipeline|banks?|hotel|restaurant|camp|houses?|homes?|residence|shops?|stores?|plant|facility|facilities|airport|port(?! (?:city|town))|ministry|compound|polling station|warehouse|ship|vessel|tanker|refinery|depot|installations?|premises|power lines?|helicopter|aircraft|plane'],
  ['protester', 'protest[eo]rs?|demonstrators?|rioters?|crowds?|opposition supporters|supporters|marchers|mobs?|youths?|young people|strikers'],
  ['state', 'armed forces|security forces|government forces|government troops|regime forces|special forces|riot police|police officers?|police(?:wo)?m[ae]n|police|army|military|troops|soldiers?|forces|officers|gendarmes?|gendarmerie|national guard|marines|navy|air force|servicem[ae]n|border guards?|commandos?|paramilitar(?:y|ies)|carabineros|(?:army |police |military )?patrols?|government|regime|authorities|peacekeepers|army units|units|junta|coast guard|engineers'],
  ['nonstate', 'militants?|rebels?|rebel forces|insurgents?|fighters?|jihadists?|gunm[ae]n|terrorists?|guerrillas?|militias?|militiam[ae]n|bandits?|extremists?|separatists?|attackers?|assailants?|(?:suicide )?bombers?|armed men|armed group|(?:armed |rebel |militant |separatist |jihadist |terrorist )?groups?|cartels?|gangs?|gang members|kidnappers|abductors|pirates|hit ?men|assassins?|snipers?|raiders|herders|herdsmen|vigilantes|criminals|factions?|coalition|looters|subversives|terrorist commandos?|urban commandos?|death squads?|drug traffickers|narco-terrorists|(?:armed|masked|hooded|unidentified|unknown|heavily armed) men'],
  ['civilian', 'civilians?|villagers?|residents?|people|worshippers?|students?|schoolchildren|children|wom[ae]n|farmers?|farming communities|passengers?|journalists?|teachers?|pilgrims?|shoppers?|traders?|guests?|bride|families|mourners|refugees|displaced people|aid workers?|doctors?|nurses?|patients|priests?|pastors?|imams?|bystanders?|passers-by|members|activists?|politicians?|officials?|mayors?|(?:opposition )?leaders?|candidates?|judges?|lawyers?|businessm[ae]n|workers?|employees?|tourists?|migrants?|man|boys?|girls?|child|detainees?|prisoners?|inmates?|founder|peasants?|campesinos?|jesuits?|priest|nuns?|union leaders?|kidnapper|shepherds?|drivers?|pupils?|member|men'],
];

const HEAD_RE = new RegExp(
  HEADS.map(([kind, words]) => `(?<${kind}>\\b(?:${longestFirst(words)})\\b)`).join('|'),
  'gi',
);

/** Reorder top-level alternatives longest first, so "rebel forces" beats "rebel". */
function longestFirst(alternation: string): string {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of alternation) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.sort((a, b) => b.length - a.length).join('|');
}

/** "Jihadist fighters", "Army engineers", "militia members": a second head noun right after the first belongs to it. */
const ADJACENT_HEAD = /^\s+(?:fighters|militants|forces|troops|soldiers|members|units|men|gunmen|rebels|groups?|engineers|officers|police|commanders?|leaders?|supporters|elements|militiamen|personnel)\b/i;

/** Words that may stand left of a head inside the phrase even when tagged otherwise. */
const MODIFIER_WORDS = /^(?:suspected|armed|heavily|unidentified|unknown|masked|hooded|alleged|rival|local|foreign|senior|opposition|government|army|rebel|military|police|pro-government|anti-government|al-[\w-]+|islamic|state|so-called)$/i;
const LEFT_POS = new Set(['ADJ', 'PROPN', 'NOUN']);
const NOT_ACTOR = /^(?:the|a|an)?\s*(?:units|groups?|forces|officers|member)$/i;
/** A phrase followed by a reporting verb is a source ("police said"), not a party to the event. */
const REPORTER_AFTER = /^\s*(?:spokes(?:man|woman|person)\s+)?(?:said|says|told|reported|confirmed|added|announced|stated|blamed|accused)\b(?!\s+(?:that\s+)?(?:it|they)\b)/i;
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many|some|more|other|others|at|least|about)$/i;

/** Actor phrases in text[from, to), left to right, linked to entities where one overlaps. */
export function findActors(doc: Doc, from: number, to: number, entities: Entity[], caseless = false): ActorPhrase[] {
  const slice = doc.text.slice(from, to);
  const out: ActorPhrase[] = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(slice); m; m = HEAD_RE.exec(slice)) {
    const kind = (Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'civilian') as ActorKind;
    const headStart = from + m.index;
    const headEnd = headStart + m[0].length;
    const start = extendLeft(doc, headStart, from);
    const compound = ADJACENT_HEAD.exec(doc.text.slice(headEnd, to));
    const end = extendOf(doc.text, headEnd + (compound ? compound[0].length : 0), to);
    if (compound) HEAD_RE.lastIndex = end - from;
    const phrase = spanOf(doc.text, start, end);
    // bare "men"/"forces" only count with a modifier ("armed men", "Russian forces")
    if (out.length && start < out[out.length - 1]!.end) continue;
    if (NOT_ACTOR.test(phrase.text) || REPORTER_AFTER.test(doc.text.slice(end, end + 30))) continue;
    out.push({ ...phrase, kind: kindWithEntity(kind, phrase, entities), entity: entityAt(entities, phrase), head: m[0].toLowerCase() });
  }
  for (const e of entities) {
    // nationalities and countries name no actor by themselves ("the Polish city"); ORG and PERSON do
    if (e.type !== 'ORG' && e.type !== 'PERSON') continue;
    // a news agency or broadcaster reports events; it is never a party to them ("cited by AFP")
    if (e.actor?.startsWith('media:')) continue;
    for (const mention of e.mentions) {
      if (mention.start < from || mention.end > to) continue;
      if (out.some((p) => p.start < mention.end && mention.start < p.end)) continue;
      const kind: ActorKind = e.type === 'PERSON' ? 'person' : 'org';
      out.push({ ...spanOf(doc.text, mention.start, mention.end), kind, entity: e.id, head: mention.text.toLowerCase() });
    }
  }
  // lower- or upper-case wire text: names are found by their position around killing words
  if (!caseless) return out.sort((a, b) => a.start - b.start);
  // a name found by its position wins over a description it overlaps ("police commander ... quintero")
  const names = caselessNames(doc, from, to);
  const kept = out.filter((p) => !names.some((n) => p.start < n.end && n.start < p.end));
  return [...kept, ...names].sort((a, b) => a.start - b.start);
}

/** Grow a phrase to the left over modifiers: "heavily armed men", "Boko Haram fighters". */
function extendLeft(doc: Doc, headStart: number, floor: number): number {
  let i = tokenIndexAt(doc, headStart);
  let start = headStart;
  for (let k = 0; k < 4 && i > 0; k++) {
    const prev = doc.tokens[i - 1]!;
    if (prev.start < floor) break;
    const ok = (LEFT_POS.has(prev.pos) && !/^(?:of|and|in|on|at|by|were|was|killed|said)$/i.test(prev.text) && !/ing$/i.test(prev.text)) || MODIFIER_WORDS.test(prev.text);
    if (!ok || NUMBER_WORD.test(prev.text) || /[^\w'’-]/.test(prev.text)) break;
    start = prev.start;
    i--;
  }
  return start;
}

/** "members of a separatist group", "fighters of the M23": keep the "of" complement. */
function extendOf(text: string, headEnd: number, ceiling: number): number {
  const rest = text.slice(headEnd, ceiling);
  // a proper name ("of the Northern Front", "of the M23") or a described group ("of a separatist group")
  const m =
    /^\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|for|the|and|de|al)\s+){0,5}[A-Z][\w'’-]*\d*\b/.exec(rest) ??
    /^\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,5}?(?:group|movement|front|army|party|organi[sz]ation|militia|cartel)\b/i.exec(rest);
  if (!m || !/^(?:members?|fighters?|militants?|rebels?|supporters?|units?|elements?)$/i.test(text.slice(0, headEnd).split(/\s+/).pop() ?? '')) return headEnd;
  return headEnd + m[0].length;
}

function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function entityAt(entities: Entity[], span: Span): string | null {
  for (const e of entities) {
    if (e.mentions.some((m) => m.start < span.end && span.start < m.end)) return e.id;
  }
  return null;
}

/** A head like "group" inside a named organisation keeps its kind; a named PERSON is a person. */
function kindWithEntity(kind: ActorKind, span: Span, entities: Entity[]): ActorKind {
  const e = entities.find((x) => x.mentions.some((m) => m.start <= span.start && m.end >= span.end));
  if (e?.type === 'PERSON') return 'person';
  return kind;
}
