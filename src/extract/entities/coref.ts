/**
 * In-document coreference of names: which mentions are the same entity.
 *
 * A mention joins an earlier cluster when
 *  - both link to the same KB actor ("HTS" and "Hayat Tahrir al-Sham");
 *  - its normalised text equals a mention of the cluster;
 *  - it is a person's surname or given name, or a shorter run of the full name, met
 *    earlier ("Okonjo" -> "Amina Okonjo"; the most recently mentioned such person wins);
 *  - it is an acronym of the cluster's name, or the cluster is its acronym, in either
 *    order ("IOM" <-> "International Organization for Migration"), and always when the
 *    text writes "Name (ACRONYM)". The document's own expansion beats the KB's reading of
 *    an ambiguous acronym ("NRC" spelled out as the Norwegian Refugee Council).
 */
import type { Doc } from '../../model/document.js';
import { isCuratedActor, type NameMention } from './mentions.js';
import { aliasPieces } from './normalize.js';

export interface Cluster {
  mentions: NameMention[];
  actor: string | null;
  /** The KB link came from an acronym alone ("NRC"), which the document's own expansion overrides. */
  actorFromAcronym: boolean;
  keys: Set<string>;
}

const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 's']);

/** What coreference reads of each mention, computed once. */
interface Facts {
  text: string;
  pieces: string[];
  key: string;
  /** "iom" for an acronym mention, else null. */
  acronym: string | null;
  /** "iom" for "International Organization for Migration", else null. */
  initials: string | null;
}

function factsOf(doc: Doc, m: NameMention): Facts {
  const text = doc.text.slice(m.start, m.end);
  const pieces = aliasPieces(text);
  const letters = text.replace(/[.\s-]/g, '');
  const acronym = /^[A-Z][A-Z0-9]{1,7}$/.test(letters) ? letters.toLowerCase() : null;
  const content = pieces.filter((p) => !INITIAL_SKIP.has(p));
  const initials = content.length >= 2 ? content.map((p) => p[0]).join('') : null;
  return { text, pieces, key: pieces.join(' '), acronym, initials };
}

export function clusterMentions(doc: Doc, mentions: NameMention[]): Cluster[] {
  const clusters = buildClusters(doc, mentions);
  for (const c of clusters) dropUnconfirmedAcronymLink(doc, c);
  return clusters;
}

/**
 * Short acronyms are ambiguous ("ACC", "NTC", "USC"): a bulk-source actor reached only
 * through acronyms, with no name of it in the text, is not trusted. Our curated acronyms
 * ("HTS", "TTP", "AP") stay linked.
 */
function dropUnconfirmedAcronymLink(doc: Doc, c: Cluster): void {
  if (!c.actor || isCuratedActor(c.actor)) return;
  if (c.mentions.every((m) => /^[A-Z][A-Z0-9.&/-]{1,7}$/.test(doc.text.slice(m.start, m.end)))) c.actor = null;
}

function buildClusters(doc: Doc, mentions: NameMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  const byMention = new Map<NameMention, Cluster>();
  const facts = new Map(mentions.map((m) => [m, factsOf(doc, m)]));
  const of = (m: NameMention) => facts.get(m)!;
  for (const m of mentions) {
    const f = of(m);
    const target =
      (f.acronym ? parentheticalHost(doc, mentions, m, byMention) : undefined) ??
      ambiguousShortHost(doc, clusters, m, f) ??
      (m.actor ? clusters.find((c) => c.actor === m.actor) : undefined) ??
      clusters.find((c) => c.keys.has(f.key) && compatible(c, m)) ??
      acronymPartner(clusters, m, of) ??
      personPartner(clusters, m, of);
    const cluster = target ?? { mentions: [], actor: null, actorFromAcronym: false, keys: new Set<string>() };
    if (!target) clusters.push(cluster);
    cluster.mentions.push(m);
    cluster.keys.add(f.key);
    linkActor(cluster, m, f.acronym !== null);
    byMention.set(m, cluster);
  }
  return clusters;
}

function linkActor(cluster: Cluster, m: NameMention, acronym: boolean): void {
  // an acronym's KB reading never overrides the document's own unlinked expansion ("ISS" after "International Space Station")
  if (acronym && !cluster.actor && cluster.mentions.length > 1) return;
  if (m.actor && (!cluster.actor || (cluster.actorFromAcronym && !acronym))) {
    cluster.actor = m.actor;
    cluster.actorFromAcronym = acronym;
  } else if (!m.actor && !acronym && cluster.actorFromAcronym) {
    // the document spells the acronym out as a name the KB does not know: the KB's guess goes
    cluster.actor = null;
    cluster.actorFromAcronym = false;
  }
}

function compatible(c: Cluster, m: NameMention): boolean {
  const person = c.mentions[0]!.type === 'PERSON';
  return person === (m.type === 'PERSON') || m.actor !== null;
}

/** Bare names two countries share: after the text names one in full, the bare name is that one. */
const SHARED_SHORT_NAMES = new Set(['congo', 'guinea']);

/** "the Democratic Republic of Congo ... eastern Congo": the bare name joins the country named in full before it. */
function ambiguousShortHost(doc: Doc, clusters: Cluster[], m: NameMention, f: Facts): Cluster | undefined {
  if (m.type === 'PERSON' || !SHARED_SHORT_NAMES.has(f.key)) return undefined;
  const sentence = doc.tokens[m.tokenStart]?.sentence;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (![...c.keys].some((k) => k !== f.key && k.endsWith(` ${f.key}`))) continue;
    // "envoys from Equatorial Guinea and Guinea": named side by side, they are two countries
    if (c.mentions.some((x) => doc.tokens[x.tokenStart]?.sentence === sentence)) return undefined;
    return c;
  }
  return undefined;
}

/** "the International Organization for Migration (IOM)": the bracketed acronym joins the name before it. */
function parentheticalHost(doc: Doc, mentions: NameMention[], m: NameMention, byMention: Map<NameMention, Cluster>): Cluster | undefined {
  if (doc.tokens[m.tokenStart - 1]?.text !== '(' || doc.tokens[m.tokenEnd]?.text !== ')') return undefined;
  const host = mentions.find((h) => h.tokenEnd === m.tokenStart - 1);
  return host ? byMention.get(host) : undefined;
}

function acronymPartner(clusters: Cluster[], m: NameMention, of: (m: NameMention) => Facts): Cluster | undefined {
  if (m.type === 'PERSON') return undefined;
  const mine = of(m);
  if (!mine.acronym && !mine.initials) return undefined;
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i]!;
    if (c.mentions[0]!.type === 'PERSON') continue;
    // two different KB actors never merge, unless one side is only an acronym the document expands
    if (c.actor && m.actor && c.actor !== m.actor && !c.actorFromAcronym && !mine.acronym) continue;
    for (const other of c.mentions) {
      const theirs = of(other);
      if (mine.acronym && theirs.initials === mine.acronym) return c;
      if (mine.initials && theirs.acronym === mine.initials) return c;
    }
  }
  return undefined;
}

/** A person's shorter name joins the most recently mentioned person whose full name holds it as a run of words. */
function personPartner(clusters: Cluster[], m: NameMention, of: (m: NameMention) => Facts): Cluster | undefined {
  if (m.type !== 'PERSON') return undefined;
  const mine = of(m).pieces;
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of clusters) {
    if (c.mentions[0]!.type !== 'PERSON') continue;
    const lastSeen = c.mentions[c.mentions.length - 1]!.start;
    if (lastSeen <= bestAt) continue;
    const holds = c.mentions.some((other) => {
      const full = of(other).pieces;
      return full.length > mine.length && containsRun(full, mine);
    });
    if (holds) (best = c), (bestAt = lastSeen);
  }
  return best;
}

function containsRun(full: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= full.length; i++) {
    if (part.every((p, j) => full[i + j] === p)) return true;
  }
  return false;
}
