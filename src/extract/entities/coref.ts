/**
 * In-document coreference of names: which mentions are the same entity.
 *
 * A mention joins an earlier cluster when
 *  - both link to the same KB actor ("HTS" and "Hayat Tahrir al-Sham");
 *  - its normalised text equals a mention of the cluster;
 *  - it is a person's surname or given name, or a shorter run of the full name, met
 *    earlier ("Okonjo" -> "Amina Okonjo"; the most recent such person wins);
 *  - it is an acronym of the cluster's name, or the cluster is its acronym, in either
 *    order ("IOM" <-> "International Organization for Migration"), and always when the
 *    text writes "Name (ACRONYM)".
 */
import type { Doc } from '../../model/document.js';
import type { NameMention } from './mentions.js';
import { aliasKey, aliasPieces } from './normalize.js';

export interface Cluster {
  mentions: NameMention[];
  actor: string | null;
  /** The KB link came from an acronym alone ("NRC"), which the document's own expansion overrides. */
  actorFromAcronym: boolean;
  keys: Set<string>;
}

const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 's']);

export function clusterMentions(doc: Doc, mentions: NameMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byMention = new Map<NameMention, Cluster>();
  const text = (m: NameMention) => doc.text.slice(m.start, m.end);
  for (const m of mentions) {
    const key = aliasKey(text(m));
    const acronym = isAcronym(text(m));
    const target =
      (acronym ? parentheticalHost(doc, mentions, m, byMention) : undefined) ??
      (m.actor ? clusters.find((c) => c.actor === m.actor) : undefined) ??
      clusters.find((c) => c.keys.has(key) && compatible(c, m)) ??
      parentheticalHost(doc, mentions, m, byMention) ??
      acronymPartner(doc, clusters, m) ??
      personPartner(doc, clusters, m);
    const cluster = target ?? { mentions: [], actor: null, actorFromAcronym: false, keys: new Set<string>() };
    if (!target) clusters.push(cluster);
    cluster.mentions.push(m);
    cluster.keys.add(key);
    if (m.actor && (!cluster.actor || (cluster.actorFromAcronym && !acronym))) {
      cluster.actor = m.actor;
      cluster.actorFromAcronym = acronym;
    } else if (!m.actor && !acronym && cluster.actorFromAcronym) {
      // the document spells the acronym out as a name the KB does not know: the KB's guess goes
      cluster.actor = null;
      cluster.actorFromAcronym = false;
    }
    byMention.set(m, cluster);
  }
  return clusters;
}

function compatible(c: Cluster, m: NameMention): boolean {
  const person = c.mentions[0]!.type === 'PERSON';
  return person === (m.type === 'PERSON') || m.actor !== null;
}

/** "the International Organization for Migration (IOM)": the bracketed acronym joins the name before it. */
function parentheticalHost(doc: Doc, mentions: NameMention[], m: NameMention, byMention: Map<NameMention, Cluster>): Cluster | undefined {
  const open = doc.tokens[m.tokenStart - 1];
  const close = doc.tokens[m.tokenEnd];
  if (open?.text !== '(' || close?.text !== ')' || !isAcronym(doc.text.slice(m.start, m.end))) return undefined;
  const host = mentions.find((h) => h.tokenEnd === m.tokenStart - 1);
  return host ? byMention.get(host) : undefined;
}

function acronymPartner(doc: Doc, clusters: Cluster[], m: NameMention): Cluster | undefined {
  if (m.type === 'PERSON') return undefined;
  const surface = doc.text.slice(m.start, m.end);
  const mine = isAcronym(surface) ? surface.replace(/[.\s-]/g, '').toLowerCase() : null;
  const myInitials = initials(surface);
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.mentions[0]!.type === 'PERSON') continue;
    // two different KB actors never merge, unless one side is only an acronym the document expands
    if (c.actor && m.actor && c.actor !== m.actor && !c.actorFromAcronym && !mine) continue;
    for (const other of c.mentions) {
      const otherText = doc.text.slice(other.start, other.end);
      if (mine && initials(otherText) === mine) return c;
      if (myInitials && isAcronym(otherText) && otherText.replace(/[.\s-]/g, '').toLowerCase() === myInitials) return c;
    }
  }
  return undefined;
}

/** Initials of a multi-word name's content words ("International Organization for Migration" -> "iom"). */
function initials(name: string): string | null {
  const pieces = aliasPieces(name).filter((p) => !INITIAL_SKIP.has(p));
  return pieces.length >= 2 ? pieces.map((p) => p[0]).join('') : null;
}

function isAcronym(text: string): boolean {
  const letters = text.replace(/[.\s-]/g, '');
  return /^[A-Z][A-Z0-9]{1,7}$/.test(letters);
}

/** A person's shorter name joins the most recently mentioned person whose full name holds it as a run of words. */
function personPartner(doc: Doc, clusters: Cluster[], m: NameMention): Cluster | undefined {
  if (m.type !== 'PERSON') return undefined;
  const mine = aliasPieces(doc.text.slice(m.start, m.end));
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of clusters) {
    if (c.mentions[0]!.type !== 'PERSON') continue;
    const holds = c.mentions.some((other) => {
      const full = aliasPieces(doc.text.slice(other.start, other.end));
      return full.length > mine.length && containsRun(full, mine);
    });
    const lastSeen = c.mentions[c.mentions.length - 1]!.start;
    if (holds && lastSeen > bestAt) (best = c), (bestAt = lastSeen);
  }
  return best;
}

function containsRun(full: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= full.length; i++) {
    if (part.every((p, j) => full[i + j] === p)) return true;
  }
  return false;
}
