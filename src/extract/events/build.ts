/**
 * A merged draft becomes a ConflictEvent of the contract: sub-type and type, trigger,
 * date, place, actors in ACLED's roles, counts, who claimed it, who reported it, and
 * the sentences it was built from.
 */
import type { ActorRole, ConflictEvent, Count, Place, Ref, Span } from '../../model/analysis.js';
import { spanOf, type Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import type { ActorPhrase } from './actors.js';
import { claimedByFrom, claimsOver, containingPlace, eventPlace, sourcesFrom } from './attach.js';
import { TYPE_OF } from './lexicon.js';
import { bestCount, type Draft } from './merge.js';
import { blamedIn, claimedIn, reportedBy } from './sourcing.js';

export function buildEvent(doc: Doc, layers: Partial<Layers>, d: Draft, opts: { id: string; isMain: boolean }): ConflictEvent {
  const type = TYPE_OF[d.subType];
  const evidence = uniqueSpans(d.mentions.map((m) => m.sentence)).map((s) => spanOf(doc.text, s.start, s.end));
  const first = d.mentions.find((m) => m.trigger && !m.anaphoric) ?? d.mentions.find((m) => m.trigger)!;
  const trigger = first.trigger!;
  const claims = claimsOver(layers.claims ?? [], evidence);
  const entities = layers.entities ?? [];
  const place = d.place ?? (opts.isMain ? leadPlace(doc, layers) : null);
  const claimedBy = claimedByFrom(claims) ?? claimedIn(doc.text, evidence, entities);
  const actors = actorsOf(d);
  // the group that claimed it, or that officials blame, is the perpetrator a coder records
  const blamed = claimedBy ?? blamedIn(evidence, entities);
  if (blamed && (type === 'Explosions/Remote violence' || type === 'Violence against civilians') && !actors.some((a) => a.role === 'perpetrator')) {
    actors.unshift({ ...blamed, role: 'perpetrator' });
  }
  return {
    id: opts.id,
    type,
    subType: d.subType,
    trigger: spanOf(doc.text, trigger.start, trigger.end),
    date: { value: d.date.value, precision: d.date.precision },
    place: place ? eventPlace(place, placeOfUnresolved(doc, layers, place)) : null,
    actors,
    fatalities: countOf(d, 'fatalities'),
    injured: countOf(d, 'injured'),
    claimedBy,
    sources: claims.length ? sourcesFrom(claims) : reportedBy(doc.text, evidence, entities),
    evidence,
  };
}

function countOf(d: Draft, kind: 'fatalities' | 'injured'): Count | null {
  const c = bestCount(d, kind);
  if (c) return { ...c.count, includes: [...c.count.includes] };
  return kind === 'fatalities' ? singleVictimKilled(d) : null;
}

const KILLING_TRIGGER = /^(?:kill|murder|assassinat|shot dead|shot to death|stabbed to death|slain|slaying|executed|beheaded|lynch|gunned down|hacked to death|beat(?:en)? to death|burned alive)/i;

/** "The mayor was assassinated", "gunmen shot dead a journalist": one named or singular victim of a killing is one death. */
function singleVictimKilled(d: Draft): Count | null {
  for (const m of d.mentions) {
    const victim = m.roles.patient;
    if (!m.trigger || !KILLING_TRIGGER.test(m.trigger.text) || !victim) continue;
    const singular = victim.kind === 'person' || (victim.kind === 'civilian' && !/s$/i.test(victim.head) && !/\b(?:people|children|men|women|police)$/i.test(victim.head));
    if (singular) return { value: 1, qualifier: 'exact', text: victim.text, includes: [] };
  }
  return null;
}

/**
 * The main event may take its place from the article's lead paragraph (the dateline,
 * "KABUL —", or the first place named) when its own sentences name none: a coder does
 * the same. Other events never borrow a place.
 */
function leadPlace(doc: Doc, layers: Partial<Layers>) {
  const lead = doc.paragraphs[0];
  if (!lead) return null;
  const inLead = (layers.places ?? []).filter((p) => p.start >= lead.start && p.end <= lead.end);
  return inLead.find((p) => p.kind !== 'country') ?? inLead[0] ?? null;
}

/** ACLED's roles by event type: Battles and Strategic developments have actor1/actor2; violence has perpetrator and victim/target. */
function actorsOf(d: Draft): Array<Ref & { role: ActorRole }> {
  const out: Array<Ref & { role: ActorRole }> = [];
  const add = (a: ActorPhrase | null, role: ActorRole) => {
    if (!a) return;
    if (out.some((o) => o.text.toLowerCase() === a.text.toLowerCase())) return;
    if (out.some((o) => o.role === role)) return;
    out.push({ text: a.text, entity: a.entity, role });
  };
  const type = TYPE_OF[d.subType];
  for (const m of d.mentions) {
    const { agent, patient, other } = m.roles;
    if (type === 'Protests' || type === 'Riots') {
      const crowd = [agent, patient, ...m.actors].find((a) => a && (a.kind === 'protester' || a.kind === 'civilian')) ?? null;
      const state = [agent, patient, ...m.actors].find((a) => a && a.kind === 'state') ?? null;
      add(crowd ?? (agent?.kind !== 'state' ? agent : null), 'actor1');
      if (d.subType !== 'Peaceful protest') add(state, 'actor2');
      if (type === 'Riots' && patient && patient !== crowd && patient !== state) add(patient, patient.kind === 'target' ? 'target' : 'victim');
    } else if (type === 'Battles' || type === 'Strategic developments') {
      add(agent, 'actor1');
      const second = other ?? patient;
      // a building or a base is what was hit or taken, not the second actor (except in battles for a base)
      if (second?.kind === 'target') {
        if (type === 'Battles' && d.subType === 'Armed clash') add(second, 'actor2');
        else if (d.subType === 'Looting/property destruction') add(second, 'target');
      } else add(second, 'actor2');
    } else {
      add(agent, 'perpetrator');
      if (patient) add(patient, patient.kind === 'target' ? 'target' : 'victim');
      // "Two officers were killed when a bomb exploded near a checkpoint": the target, then the people killed
      if (patient?.kind === 'target' && other && other.kind !== 'target') add(other, 'victim');
      // "a bus carrying pilgrims", "a house ... killed nine people": the people hit are the victims
      if (patient?.kind === 'target') add(m.actors.find((a) => a.start > patient.end && (a.kind === 'civilian' || a.kind === 'person')) ?? null, 'victim');
    }
  }
  return out;
}

/**
 * Coordinates for a place the gazetteer lacks: the town or province its sentence puts it in,
 * else the lead paragraph's place (the article's own location: "KABUL —", "in Niger's Tahoua region").
 */
function placeOfUnresolved(doc: Doc, layers: Partial<Layers>, place: Place): Place | null {
  if (place.lat !== null) return null;
  const places = layers.places ?? [];
  const lead = doc.paragraphs[0];
  return containingPlace(doc.text, place, places, sentenceOf(doc, place)) ?? (lead ? containingPlace(doc.text, place, places, lead) : null);
}

function sentenceOf(doc: Doc, s: Span): Span {
  return doc.sentences.find((x) => x.start <= s.start && s.end <= x.end) ?? s;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true))).sort((a, b) => a.start - b.start);
}
