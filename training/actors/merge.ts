/**
 * Merge source records into one actor list where every alias key belongs to one actor.
 *
 * Order of authority: lower `priority` first (curated, then generated states, OFAC, UCDP,
 * Phoenix). A record a curated entry absorbs lends it its aliases; records sharing an id
 * (e.g. every Phoenix RUSGOV block and the generated gov:RU) are one actor; a record whose
 * canonical name another group of the same family already owns joins that actor. An
 * alias two actors claim stays with the first: "Islamic State" with IS, not with UCDP's
 * 1950s Indonesian "Darul Islam" (whose English name is also "Islamic State").
 */
import { aliasKey, aliasPieces } from '../../src/extract/entities/normalize.js';
import type { ActorKind, SourceActor } from './types.js';

export interface KbActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: string[];
}

const GROUP_FAMILY = new Set<ActorKind>(['armed group', 'political party', 'opposition', 'other']);

/**
 * @param placeNames folded place names and demonyms: never an alias from the bulk sources,
 *   where "Jerusalem", "Tibet" or "Spanish" stand for some group.
 */
export function mergeActors(records: SourceActor[], stopwords: Set<string>, placeNames: Set<string> = new Set()): KbActor[] {
  const byId = new Map<string, SourceActor>();
  const absorbed = new Set(records.flatMap((r) => r.absorb ?? []));
  const sorted = [...records].sort((a, b) => a.priority - b.priority);
  for (const r of sorted) {
    if (absorbed.has(r.id)) continue;
    const known = byId.get(r.id);
    if (known) known.aliases.push(...r.aliases, ...r.acronyms);
    else byId.set(r.id, { ...r, aliases: [...r.aliases, ...r.acronyms] });
  }
  for (const r of sorted) {
    if (!absorbed.has(r.id)) continue;
    const owner = sorted.find((o) => o.absorb?.includes(r.id));
    if (owner) byId.get(owner.id)!.aliases.push(...r.aliases, ...r.acronyms);
  }

  const owner = new Map<string, string>(); // alias key -> actor id
  const out = new Map<string, KbActor>();
  for (const r of [...byId.values()].sort((a, b) => a.priority - b.priority)) {
    let target = out.get(r.id);
    const nameOwner = owner.get(aliasKey(r.name.replace(/^the\s+/i, '')));
    if (!target && r.joinByName && nameOwner && nameOwner !== r.id) {
      const other = out.get(nameOwner)!;
      if (other.kind === r.kind || (GROUP_FAMILY.has(other.kind) && GROUP_FAMILY.has(r.kind))) target = other;
    }
    const fresh = !target;
    target ??= { id: r.id, name: r.name, kind: r.kind, country: r.country, aliases: [] };
    for (const alias of r.aliases) {
      // "The United Nations" and "United Nations" are one claim: the matcher drops a leading "the"
      const key = aliasKey(alias.replace(/^the\s+/i, ''));
      if (!usableAlias(alias, key, stopwords)) continue;
      if (r.priority > PROPER_CASE_PRIORITY && placeNames.has(key)) continue;
      const claimed = owner.get(key);
      if (claimed && claimed !== target.id) continue;
      owner.set(key, target.id);
      const stored = shortWordInCapitals(alias, r.priority);
      if (!target.aliases.includes(stored)) target.aliases.push(stored);
    }
    if (fresh && target.aliases.length > 0) out.set(target.id, target);
  }
  return [...out.values()];
}

/** Priority of the sources written in proper case (curated, world-countries); the rest are all capitals. */
const PROPER_CASE_PRIORITY = 1;

/**
 * The all-capitals sources lose case in display ("IAEA" became "Iaea"); a one-word alias of
 * four letters or fewer from them is an acronym, stored in capitals so it matches only capitals.
 */
function shortWordInCapitals(alias: string, priority: number): string {
  if (priority <= PROPER_CASE_PRIORITY) return alias;
  const pieces = aliasPieces(alias);
  return pieces.length === 1 && pieces[0]!.length <= 4 ? alias.toUpperCase() : alias;
}

function usableAlias(alias: string, key: string, stopwords: Set<string>): boolean {
  if (key.length < 2 || /^[\d ]+$/.test(key)) return false;
  // the key has lost any leading "the": "The Base" is the one word "base" to the matcher
  if (!key.includes(' ') && stopwords.has(key)) return false;
  // a lone lower-case word is never a name
  if (!/\p{Lu}/u.test(alias)) return false;
  return true;
}
