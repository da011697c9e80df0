/**
 * Parser for the PETRARCH/Phoenix (TABARI-format) actor and agent dictionaries.
 *
 * A block is one or more name lines ("NAME_", "+SYNONYM_") followed by code lines
 * ("\t[AFGMIL]"), or a single line with its code inline ("NAME_ [FRAREB]"). We keep
 * institutions and groups, not people: blocks whose codes carry dates, career histories
 * (several codes) or ELI (elite) codes are people, and in the country file only blocks
 * whose names contain an institution word are kept (its country blocks also list cities
 * and provinces as "synonyms" of the country, which are places, not actors).
 */
import { readFileSync } from 'node:fs';
import type { ActorKind, SourceActor } from './types.js';
import { displayCase, looksLikeAcronym, slug } from './names.js';

export interface PhoenixBlock {
  names: string[];
  codes: string[];
  dated: boolean;
}

export function parseActorFile(path: string): PhoenixBlock[] {
  const blocks: PhoenixBlock[] = [];
  let current: PhoenixBlock | null = null;
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    const namePart = line.replace(/\[[^\]]*\]/g, '').trim();
    if (line.startsWith('+')) {
      current?.names.push(...splitNames(namePart.slice(1)));
    } else if (/^\s/.test(rawLine) && codes.length > 0 && !namePart) {
      if (current) addCodes(current, codes);
    } else if (namePart) {
      if (!current || current.codes.length > 0) {
        current = { names: [], codes: [], dated: false };
        blocks.push(current);
      }
      current.names.push(...splitNames(namePart));
      addCodes(current, codes);
    }
  }
  return blocks.filter((b) => b.codes.length > 0 && b.names.length > 0);
}

function addCodes(block: PhoenixBlock, codes: string[]): void {
  for (const c of codes) {
    const [code, ...rest] = c.split(/\s+/);
    if (!code) continue;
    block.codes.push(code);
    if (rest.length > 0) block.dated = true;
  }
}

/** "ISLAMIC_ARMY_OF_ADEN_(IAA)_" -> ["ISLAMIC ARMY OF ADEN", "IAA"]; stray "+" joins two names. */
function splitNames(raw: string): string[] {
  return raw.split('+').flatMap((part) => {
    const paren = [...part.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.replace(/_/g, ' ').trim());
    const base = part.replace(/\([^)]*\)/g, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    return [base, ...paren].filter((n) => n.length > 1);
  });
}

const INSTITUTION_WORD =
  /\b(ARMY|MILITARY|ARMED FORCES|FORCES?|NAVY|AIR FORCE|POLICE|GENDARMERIE|GUARDS?|MINISTRY|GOVERNMENT|CABINET|PARLIAMENT|ASSEMBLY|CONGRESS|SENATE|COUNCIL|COURT|PARTY|FRONT|MOVEMENT|ORGANI[SZ]ATION|AGENCY|SERVICE|COMMISSION|KREMLIN|WHITE HOUSE|PENTAGON|DUMA|KNESSET|DEPARTMENT|INTELLIGENCE|BRIGADES?|REGIME|ADMINISTRATION|JUNTA|AUTHORITY|MILITIA|COMMAND|CORPS|UNION|LEAGUE|ALLIANCE|NEWS|RADIO|TELEVISION|BANK|FUND|PROGRAMME|PROGRAM|INSTITUTE|COMMITTEE|ASSOCIATION|FEDERATION|SOCIETY|FOUNDATION|RED CROSS|RED CRESCENT)\b/;

const STARTS_WITH_MONTH = /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/;

/**
 * Blocks mix institutions with the people who run them ("PRESIDENT_BASHAR_AL-ASSAD" under
 * SYRGOV, "OSAMA_BIN_LADEN" among armed groups): a name of two to four words with no
 * institution word and no acronym reads as a person and is left out.
 */
function looksLikePerson(name: string): boolean {
  const words = name.split(' ').filter(Boolean);
  return words.length >= 2 && words.length <= 4 && !INSTITUTION_WORD.test(name) && !GROUP_WORD.test(name) && !words.some(looksLikeAcronym);
}

const GROUP_WORD = /\b(GROUP|CELLS?|FACTION|COMMANDOS?|NUCLEI|UNITS?|BATTALIONS?|LEGION|SQUADS?|MUJAHIDEEN|JIHAD|ISLAMI[CY]?A?|JAMAAT|LASHKAR|JAISH|HARAKAT|HIZB|ANSAR|KATAIB|REVOLUTIONARY|LIBERATION|RESISTANCE|NATIONAL|PEOPLE'?S|POPULAR|DEMOCRATIC|ISLAMIC|AL-QAIDA|AL-QAEDA|TALIBAN)\b/;

/** CAMEO role part (after the 3-letter country or IGO/NGO prefix) -> our kind. */
function kindOfCode(code: string): ActorKind {
  const role = code.slice(3);
  if (code.startsWith('IGO')) return 'IGO';
  if (code.startsWith('NGO')) return 'NGO';
  if (code.startsWith('MNC')) return 'business';
  if (code.startsWith('IMG')) return 'armed group';
  if (/^(GOV)?(MIL|COP|SPY)/.test(role)) return 'state force';
  if (/^(GOV)?LEG/.test(role)) return 'legislature';
  if (/^(GOV)?JUD/.test(role)) return 'judiciary';
  if (/^(GOV)?MED/.test(role)) return 'media outlet';
  if (/^GOV/.test(role)) return 'government';
  if (/^PTY/.test(role)) return 'political party';
  if (/^(REB|INS|UAF|SEP)/.test(role)) return 'armed group';
  if (/^OPP/.test(role)) return 'opposition';
  if (/^BUS/.test(role)) return 'business';
  if (/^REL/.test(role)) return 'religious group';
  if (/^NGO/.test(role)) return 'NGO';
  return 'other';
}

/** Codes whose blocks all describe one state institution: merged into "<prefix>:<ISO2>". */
const STATE_INSTITUTION: Record<string, string> = {
  GOV: 'gov', MIL: 'mil', GOVMIL: 'mil', COP: 'police', GOVCOP: 'police', SPY: 'intel', GOVSPY: 'intel',
  LEG: 'leg', GOVLEG: 'leg', JUD: 'jud', GOVJUD: 'jud',
};

export interface PhoenixOptions {
  source: string;
  priority: number;
  iso3to2: Map<string, string>;
  /** The country file lists places as country synonyms: keep institution-named blocks only. */
  institutionsOnly: boolean;
}

export function actorsFromBlocks(blocks: PhoenixBlock[], opts: PhoenixOptions): SourceActor[] {
  const out: SourceActor[] = [];
  for (const block of blocks) {
    const code = block.codes[0]!;
    if (block.dated || block.codes.length > 1 || code.startsWith('~') || /ELI$/.test(code)) continue;
    // a bare country code marks a country block: its "synonyms" are cities and provinces
    if (code.length <= 3) continue;
    if (opts.institutionsOnly && !block.names.some((n) => INSTITUTION_WORD.test(n) || looksLikeAcronym(n))) continue;
    if (!opts.institutionsOnly && !block.names.some((n) => INSTITUTION_WORD.test(n) || looksLikeAcronym(n) || n.split(' ').length <= 3)) continue;
    const country = opts.iso3to2.get(code.slice(0, 3)) ?? null;
    const institution = STATE_INSTITUTION[code.slice(3)];
    const kept = block.names.filter((n) => !looksLikePerson(n) && !STARTS_WITH_MONTH.test(n));
    if (kept.length === 0) continue;
    const aliases = kept.map(displayCase);
    const id = institution && country ? `${institution}:${country}` : `phx:${slug(aliases[0]!)}`;
    out.push({
      id,
      name: aliases[0]!,
      kind: kindOfCode(code),
      country,
      aliases,
      acronyms: kept.filter(looksLikeAcronym),
      priority: opts.priority,
      joinByName: true,
    });
  }
  return out;
}

/** Person agents ("SPOKESMAN", "MINISTER", "!PERSON!" forms) as lower-case role nouns. */
export function parseAgentRoleNouns(path: string): string[] {
  const persons = ['man', 'men', 'woman', 'women', 'person'];
  const out = new Set<string>();
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const m = /^([A-Z][A-Z_!'-]*)\s*\[~/.exec(line);
    if (!m) continue;
    const name = m[1]!.toLowerCase().replace(/_/g, ' ').trim();
    const forms = name.includes('!person!') ? persons.map((p) => name.replace('!person!', p)) : [name];
    for (const f of forms) if (!f.includes('!')) out.add(f);
  }
  return [...out].sort();
}
