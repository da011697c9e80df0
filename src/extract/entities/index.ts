/**
 * The entities stage: tagger spans + actor-KB matches -> typed mentions -> in-document
 * coreference -> entities with a canonical name, KB actor, roles and every mention.
 * Ids "E1", "E2", ... follow the order of each entity's first mention, so they are deterministic.
 */
import type { Entity, EntityType } from '../../model/analysis.js';
import { spanOf, type Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { actorById } from './actors.js';
import { clusterMentions, type Cluster } from './coref.js';
import { nameMentions, type Tagger } from './mentions.js';
import { tagOffsetTokens } from './ner/index.js';
import { aliasPieces } from './normalize.js';
import { rolesOf } from './roles.js';

export { findActorMentions, lookupActor, actorById, type ActorInfo, type ActorMention } from './actors.js';

export function extractEntities(doc: Doc, _layers: Partial<Layers>): Entity[] {
  // tag over offset tokens so names the segmenter split at hyphens ("al", "-", "Sham") are one word, as in training
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd));
  return entitiesWith(doc, () => tagOffsetTokens(sentences));
}

/** The stage with a given tagger: tests drive it with a small fake. */
export function entitiesWith(doc: Doc, tagger: Tagger): Entity[] {
  const mentions = nameMentions(doc, tagger);
  const clusters = clusterMentions(doc, mentions);
  const bySentence = mentionsBySentence(doc, mentions);
  return clusters
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((c, i) => toEntity(doc, c, bySentence, `E${i + 1}`));
}

type Mention = Cluster['mentions'][number];

/**
 * Role patterns only look at the mention's own sentence; handing them every mention of the
 * document made roles quadratic in its length (a 1 MB text spent seconds here).
 */
function mentionsBySentence(doc: Doc, mentions: Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const sentence = doc.tokens[m.tokenStart]!.sentence;
    const list = out.get(sentence);
    if (list) list.push(m);
    else out.set(sentence, [m]);
  }
  return out;
}

function toEntity(doc: Doc, c: Cluster, bySentence: Map<number, Mention[]>, id: string): Entity {
  const spans = c.mentions.map((m) => spanOf(doc.text, m.start, m.end)).sort((a, b) => a.start - b.start);
  const roles = [...new Set(c.mentions.flatMap((m) => rolesOf(doc, m, bySentence.get(doc.tokens[m.tokenStart]!.sentence) ?? [])))];
  return { id, type: clusterType(c), name: canonicalName(c, spans.map((s) => s.text)), actor: c.actor, roles, mentions: spans };
}

/** The type of the fullest mention; PERSON and a KB link outrank the rest. */
function clusterType(c: Cluster): EntityType {
  if (c.mentions.some((m) => m.type === 'PERSON') && !c.actor) return 'PERSON';
  const fullest = [...c.mentions].sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
  return c.actor ? (c.mentions.find((m) => m.actor)?.type ?? fullest.type) : fullest.type;
}

/** A linked actor's KB name; otherwise the mention with the most words (first on ties). */
function canonicalName(c: Cluster, texts: string[]): string {
  const actor = c.actor ? actorById(c.actor) : null;
  if (actor) return actor.name;
  // most words wins; on a tie, ordinary case beats a dateline's capitals ("Kabul" over "KABUL")
  const score = (t: string) => aliasPieces(t).length * 2 + (/\p{Ll}/u.test(t) ? 1 : 0);
  let best = texts[0]!;
  for (const t of texts) if (score(t) > score(best)) best = t;
  return best;
}
