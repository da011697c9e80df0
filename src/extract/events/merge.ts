/**
 * One event per real event: a later mention that refers back ("the attack", "the
 * blast", a bare "were killed"), or repeats the same sub-type without a conflicting date
 * or place, enriches the event told before instead of adding a duplicate. Background
 * mentions ("a week after a suicide attack ...") never merge into the main event.
 */
import type { Place } from '../../model/analysis.js';
import type { EventDate } from './attach.js';
import { compatible, moreSpecific } from './classify.js';
import type { CountKind, CountMention } from './counts.js';
import { TYPE_OF, type SubType } from './lexicon.js';
import type { Mention } from './mentions.js';

export interface Draft {
  subType: SubType;
  mentions: Mention[];
  background: boolean;
  date: EventDate;
  place: Place | null;
}

const VIOLENT: string[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots'];
const PROTEST_OR_RIOT: SubType[] = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration', 'Mob violence'];

export function mergeMentions(mentions: Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of mentions) {
    const target = findTarget(drafts, m);
    if (target) enrich(target, m);
    else if (m.subType) drafts.push({ subType: m.subType, mentions: [m], background: m.clause.background, date: m.date, place: m.place });
  }
  inheritFromNeighbour(drafts);
  return drafts;
}

/**
 * "Gunmen killed 14 villagers in Zamfara on Sunday. The attackers also abducted six women."
 * An event told in the same or the next sentence as the event before it, with no date or
 * place of its own, happened in the same raid: it takes that event's date and place.
 */
function inheritFromNeighbour(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (d.background || prev.background) continue;
    const gap = d.mentions[0]!.clause.sentence - prev.mentions[prev.mentions.length - 1]!.clause.sentence;
    if (gap > 1) continue;
    if (!d.date.value && prev.date.value) d.date = prev.date;
    if (!d.place && prev.place) d.place = prev.place;
  }
}

function findTarget(drafts: Draft[], m: Mention): Draft | null {
  if (!m.subType) {
    // counts-only clause: the event told just before, in the same or the previous sentence or paragraph
    const last = drafts[drafts.length - 1];
    return last && !last.background ? last : null;
  }
  const last = drafts[drafts.length - 1];
  // "One protester was killed." after a riot: a casualty of the event just told, not a new attack
  // "an investigation into the shooting": a back-reference joins the event just told
  if (last && !last.background && !m.clause.background && generic(m.subType) && (!m.roles.agent || m.anaphoric) && VIOLENT.includes(TYPE_OF[last.subType])) {
    if (!dateConflict(last.date, m.date) && !placeConflict(last.place, m.placeLocative ? m.place : null)) return last;
  }
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (m.clause.background && !d.background && !m.anaphoric) continue;
    if (!m.clause.background && d.background) continue;
    if (dateConflict(d.date, m.date) || placeConflict(d.place, m.placeLocative ? m.place : null)) continue;
    const sameKind = compatible(d.subType, m.subType);
    const interventionOfProtest = m.subType === 'Arrests' && PROTEST_OR_RIOT.includes(d.subType);
    if (!sameKind && !interventionOfProtest) continue;
    // same kind of event, no conflicting date or place: the article is telling the same event again
    return d;
  }
  return null;
}

function generic(s: SubType): boolean {
  return s === 'Attack' || s === 'Armed clash';
}

function enrich(d: Draft, m: Mention): void {
  d.mentions.push(m);
  if (m.subType === 'Arrests' && d.subType === 'Peaceful protest') d.subType = 'Protest with intervention';
  else if (m.subType && compatible(d.subType, m.subType)) d.subType = upgrade(d.subType, m.subType, m);
  if (!d.date.value && m.date.value) d.date = m.date;
  if (!d.place && m.place) d.place = m.place;
}

/** A later specific mention refines the sub-type: "an explosion" + "a suicide bomber" = Suicide bomb. */
function upgrade(current: SubType, incoming: SubType, m: Mention): SubType {
  if (m.anaphoric && generic(incoming)) return current;
  return moreSpecific(current, incoming);
}

function dateConflict(a: EventDate, b: EventDate): boolean {
  if (!a.value || !b.value) return false;
  const n = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, n) !== b.value.slice(0, n);
}

/** Two places that cannot hold one event: both towns or sites, named differently, more than 50 km apart. */
function placeConflict(a: Place | null, b: Place | null): boolean {
  if (!a || !b) return false;
  const fine = (p: Place) => p.kind === 'city' || p.kind === 'site';
  if (!fine(a) || !fine(b) || a.name === b.name) return false;
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return true;
  return kmBetween(a.lat, a.lon, b.lat, b.lon) > 50;
}

function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The count a careful coder keeps: the first figure the article gives for the event (the
 * lead's headline figure; later ones are often partial, or a party's own claim such as
 * "the group claimed 190 were dead"), unless a later sentence revises it ("the toll rose to").
 */
export function bestCount(d: Draft, kind: CountKind): CountMention | null {
  let best: CountMention | null = null;
  for (const m of d.mentions) {
    for (const c of m.counts) {
      if (c.kind !== kind) continue;
      if (!best || c.revision) best = c;
    }
  }
  return best;
}
