/**
 * The claims stage: every statement the article attributes, with its stance, claimant,
 * chain of sources, hedging and the claim a denial answers.
 * Built from the quotes layer (one claim per attribution; continued quotations belong to
 * the claim they continue), plus claims made by a hedge alone ("reportedly", "is believed
 * to"). Ids C1, C2 ... follow text order.
 */
import type { Claim, Entity, Quote, Ref, Span } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import { indexAt, spanOf } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { citedSources, refOf } from './chains.js';
import { disputedClaim } from './disputes.js';
import { isHedged, unattributedHedge } from './hedges.js';
import { CLAIM_ANAPHOR, stanceOf } from './stance.js';

type QuoteLike = Quote & { continues?: boolean };

/** "No group has claimed ...", "did not say": nothing was claimed. */
function isNegated(q: QuoteLike): boolean {
  return /\b(not|never|n't|n’t)\b/i.test(q.cue!.text) || /^(no|none|nobody|neither)\b|^no one\b/i.test(q.speaker?.text ?? '');
}

const NON_STATEMENT = /\b(declin\w*|refus\w*)$/i;

interface Draft extends Omit<Claim, 'id' | 'disputes'> {
  /** Where the claimant is named: a claim nested in another's content takes the outer source. */
  speakerSpan: Span | null;
  /** The words a denial denies, when it names them by anaphor ("the allegations"). */
  denied: string | null;
  cue: string;
}

export function extractClaims(doc: Doc, layers: Partial<Layers>): Claim[] {
  const entities = layers.entities ?? [];
  // "declined to comment", "refused to say": not a statement of anything
  const quotes = ((layers.quotes ?? []) as QuoteLike[]).filter((q) => !q.continues && q.cue && !NON_STATEMENT.test(q.cue.text) && !isNegated(q));
  let drafts = quotes.map((q) => fromQuote(doc, q, entities));
  drafts = mergeParticipleReasons(drafts);
  drafts = nestSources(drafts);
  drafts.push(...hedgeOnlyClaims(doc, drafts));
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  const claims: Claim[] = [];
  drafts.forEach((d, i) => {
    const { speakerSpan: _s, denied, cue: _c, ...rest } = d;
    const claim: Claim = { ...rest, id: `C${i + 1}`, disputes: null };
    if (claim.stance === 'deny') claim.disputes = disputedClaim(denied ? { ...claim, text: denied } : claim, claims);
    claims.push(claim);
  });
  return claims;
}

/** The sentence holding offset `at`, or the whole text when none does. */
function sentenceAt(doc: Doc, at: number): Span {
  const i = indexAt(doc.sentences, at);
  return i >= 0 ? doc.sentences[i]! : spanOf(doc.text, 0, doc.text.length);
}

function fromQuote(doc: Doc, q: QuoteLike, entities: Entity[]): Draft {
  const cue = q.cue!;
  const sentence = sentenceAt(doc, cue.start);
  const cited = citedSources(doc.text, sentence, q);
  const speaker = q.speaker;
  const actor = speaker?.entity ? entities.find((e) => e.id === speaker.entity)?.actor ?? null : null;
  const stance = stanceOf({ cue: cue.text, content: q.text, speaker: speaker?.text ?? null, actor, cited: cited.length > 0 });
  let content: Span = q;
  if (stance === 'claim-responsibility') {
    const m = /^responsibility\s+for\s+/i.exec(q.text);
    if (m) content = spanOf(doc.text, q.start + m[0].length, q.end);
  }
  const claimant: Ref | null = speaker ? { text: speaker.text, entity: speaker.entity } : null;
  const sources = [...(claimant ? [claimant] : []), ...cited.map((r) => refOf(doc.text, r, entities))];
  const hedgeText = `${speaker?.text ?? ''} ${cue.text} ${q.text}`;
  const denied = stance === 'deny' && CLAIM_ANAPHOR.test(q.text.replace(/^[“"‘'\s]+/, '')) ? q.text : null;
  return { ...spanOf(doc.text, content.start, content.end), stance, claimant, sources, hedged: isHedged(hedgeText), speakerSpan: speaker?.span ?? null, denied, cue: cue.text };
}

/**
 * "rejected the allegations, saying its hospitals treated everyone": a denial that names
 * what it denies only by anaphor takes the participle's content as its own.
 */
const CHARACTERISATION_CUE = /^(calling|describing|labelling|labeling|branding|dismissing)$/i;
const REASON_CUE = /^(saying|adding|insisting|arguing|noting|explaining|stressing|maintaining)$/i;

function mergeParticipleReasons(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const sameSpeaker = prev?.speakerSpan && d.speakerSpan && prev.speakerSpan.start === d.speakerSpan.start;
    // "denied the accusation, calling it baseless": a characterisation of what is denied is part of the denial
    if (prev && prev.stance === 'deny' && sameSpeaker && d.start > prev.end && d.start - prev.end < 40 && CHARACTERISATION_CUE.test(d.cue) && /^(it|them|this|that|those|these|the)\b/i.test(d.text)) continue;
    if (prev && prev.denied && sameSpeaker && d.start > prev.end && d.start - prev.end < 40 && REASON_CUE.test(d.cue)) {
      out[out.length - 1] = { ...prev, start: d.start, end: d.end, text: d.text, hedged: prev.hedged || d.hedged };
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * "An armed group claimed the kidnapping, the governor said": the inner claim's
 * claimant is named inside the outer one's content, so the outer speaker is the first
 * link of its chain and the outer claim is only its carrier.
 */
function nestSources(drafts: Draft[]): Draft[] {
  const carriers = new Set<Draft>();
  const outerOf = outerFinder(drafts);
  for (const inner of drafts) {
    if (!inner.speakerSpan) continue;
    const outer = outerOf(inner, inner.speakerSpan);
    if (!outer) continue;
    inner.sources = [...outer.sources, ...inner.sources];
    inner.hedged ||= outer.hedged;
    carriers.add(outer);
  }
  return drafts.filter((d) => !carriers.has(d));
}

/**
 * The first draft (in array order) other than `inner` that holds both the speaker span and
 * the end of `inner`. Drafts come ordered by start, so the candidates are a prefix of the array:
 * a max-of-ends segment tree finds the first of them ending late enough in log time. A scan per
 * draft made long texts quadratic (a 1 MB text spent seconds here).
 */
function outerFinder(drafts: Draft[]): (inner: Draft, sp: Span) => Draft | undefined {
  const sorted = drafts.every((d, i) => i === 0 || drafts[i - 1]!.start <= d.start);
  if (!sorted) return (inner, sp) => drafts.find((o) => o !== inner && o.start <= sp.start && sp.end <= o.end && inner.end <= o.end);
  const tree = new MaxTree(drafts.map((d) => d.end));
  return (inner, sp) => {
    const prefix = upperBound(drafts, sp.start); // drafts[0..prefix) start at or before the speaker
    const need = Math.max(sp.end, inner.end);
    for (let j = tree.firstAtLeast(0, prefix, need); j >= 0; j = tree.firstAtLeast(j + 1, prefix, need)) {
      if (drafts[j] !== inner) return drafts[j];
    }
    return undefined;
  };
}

/** The number of drafts starting at or before `at` (drafts ordered by start). */
function upperBound(drafts: Draft[], at: number): number {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A segment tree over numbers answering "the first index in [from, to) whose value is >= x". */
class MaxTree {
  private readonly size: number;
  private readonly max: Float64Array;

  constructor(values: number[]) {
    this.size = Math.max(1, values.length);
    this.max = new Float64Array(4 * this.size).fill(-Infinity);
    if (values.length) this.build(values, 1, 0, values.length);
  }

  firstAtLeast(from: number, to: number, x: number): number {
    return from >= to ? -1 : this.find(1, 0, this.size, from, to, x);
  }

  private build(values: number[], node: number, lo: number, hi: number): void {
    if (hi - lo === 1) {
      this.max[node] = values[lo]!;
      return;
    }
    const mid = (lo + hi) >> 1;
    this.build(values, 2 * node, lo, mid);
    this.build(values, 2 * node + 1, mid, hi);
    this.max[node] = Math.max(this.max[2 * node]!, this.max[2 * node + 1]!);
  }

  private find(node: number, lo: number, hi: number, from: number, to: number, x: number): number {
    if (hi <= from || lo >= to || this.max[node]! < x) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.find(2 * node, lo, mid, from, to, x);
    return left >= 0 ? left : this.find(2 * node + 1, mid, hi, from, to, x);
  }
}

/** Sentences whose only source is a hedge: "The militia was reportedly behind the blast." */
function hedgeOnlyClaims(doc: Doc, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const s of doc.sentences) {
    const hedge = unattributedHedge(s.text);
    if (!hedge) continue;
    const at = s.start + hedge.at;
    const covered = drafts.some((d) => (d.start <= at && at < d.end) || (d.speakerSpan && d.speakerSpan.start <= at && at < d.speakerSpan.end));
    if (covered) continue;
    const end = clauseEndBefore(doc, s, at, drafts);
    out.push({ ...spanOf(doc.text, s.start, end), stance: hedge.stance, claimant: null, sources: [], hedged: true, speakerSpan: null, denied: null, cue: '' });
  }
  return out;
}

/** The end of the hedged clause: before the next claim's source in the sentence, without trailing punctuation. */
function clauseEndBefore(doc: Doc, s: Span, at: number, drafts: Draft[]): number {
  let end = s.end;
  for (const d of drafts) {
    const from = Math.min(d.start, d.speakerSpan?.start ?? d.start);
    if (from > at && from < end) end = from;
  }
  let text = doc.text.slice(s.start, end);
  text = text.replace(/(?:[\s,;]+(?:though|although|but|while|and|as))?[\s,;.!?]*$/i, '');
  return s.start + text.length;
}
