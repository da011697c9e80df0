/**
 * Which claim a denial answers. First by anaphor: "denied the accusations" answers the
 * latest accusation, "the reports" the latest report, "the claim" the latest claim.
 * Then by topic: the earlier claim sharing the most content words. Then, for a denial
 * with neither, the latest earlier claim of someone else close before it
 * ("The army said it retook the village. The rebels denied losing any ground.").
 */
import type { Claim, Stance } from '../../model/analysis.js';
import { CLAIM_ANAPHOR } from './stance.js';

const ANAPHOR_STANCES: Record<string, Stance[]> = {
  accusation: ['accuse', 'allege'],
  charge: ['accuse', 'allege'],
  allegation: ['allege', 'accuse'],
  report: ['report', 'assert'],
  rumor: ['report', 'assert'],
  rumour: ['report', 'assert'],
};

/** How far back (characters) a denial without anaphor or shared topic may reach. */
const NEARBY = 400;
const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'would', 'their', 'there', 'which', 'about', 'after', 'said', 'they', 'will', 'into', 'than', 'them', 'when', 'what', 'also', 'over', 'some', 'made']);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    if (!STOP.has(w)) out.add(w.replace(/(?:ing|ed|es|s)$/, ''));
  }
  return out;
}

const who = (c: Claim) => c.claimant?.entity ?? c.claimant?.text.toLowerCase() ?? null;

export function disputedClaim(denial: Claim, earlier: Claim[]): string | null {
  // what a denier says beside its denial defends it; it is not what gets denied
  const deniers = new Set(earlier.filter((c) => c.stance === 'deny').map(who));
  const candidates = earlier.filter((c) => c.stance !== 'deny' && c.end <= denial.start && !(who(c) !== null && deniers.has(who(c))));
  if (!candidates.length) return null;
  const anaphor = CLAIM_ANAPHOR.exec(denial.text.replace(/^[“"‘'\s]+/, ''));
  if (anaphor) {
    const noun = anaphor[1]!.toLowerCase().replace(/s$/, '');
    const wanted = ANAPHOR_STANCES[noun];
    const match = [...candidates].reverse().find((c) => !wanted || wanted.includes(c.stance));
    return (match ?? candidates[candidates.length - 1]!).id;
  }
  const words = contentWords(denial.text);
  let best: Claim | null = null;
  let bestShared = 0;
  for (const c of candidates) {
    let shared = 0;
    for (const w of contentWords(c.text)) if (words.has(w)) shared++;
    if (shared >= bestShared && shared > 0) {
      best = c;
      bestShared = shared;
    }
  }
  if (best) return best.id;
  const last = candidates[candidates.length - 1]!;
  const otherClaimant = last.claimant?.text.toLowerCase() !== denial.claimant?.text.toLowerCase();
  return denial.start - last.end <= NEARBY && otherClaimant ? last.id : null;
}
