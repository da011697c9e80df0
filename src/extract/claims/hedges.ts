/**
 * Hedges: the distance a writer keeps from what is reported ("allegedly", "reportedly",
 * "is said to be", "is believed to", "according to unconfirmed reports", "could").
 * Also finds the claims made by a hedge alone, with no one named as their source:
 * "The militia was reportedly behind the blast."
 */
import type { Stance } from '../../model/analysis.js';

const HEDGE_WORD = /\b(allegedly|reportedly|purportedly|supposedly|apparently|ostensibly)\b/i;
const HEDGE_PASSIVE = /\b(?:is|are|was|were|been|being)\s+(?:widely\s+|also\s+|now\s+)?(said|believed|thought|reported|alleged|understood|rumou?red|suspected|presumed|claimed)\s+to\b/i;
const HEDGE_UNCONFIRMED = /\b(unconfirmed|unverified|uncorroborated)\s+(reports?|accounts?|claims?|footage|information)\b/i;
const HEDGE_MODAL = /\b(could|might)\b/i;

export function isHedged(text: string): boolean {
  return HEDGE_WORD.test(text) || HEDGE_PASSIVE.test(text) || HEDGE_UNCONFIRMED.test(text) || HEDGE_MODAL.test(text);
}

/**
 * The stance of a claim made by a hedge alone, or null when the sentence has no such
 * hedge (a modal "could" alone does not make a sentence a claim of anyone).
 */
export function unattributedHedge(sentence: string): { stance: Stance; at: number } | null {
  const word = HEDGE_WORD.exec(sentence);
  if (word) {
    const w = word[1]!.toLowerCase();
    return { stance: w === 'reportedly' ? 'report' : w === 'allegedly' ? 'allege' : 'assert', at: word.index };
  }
  const passive = HEDGE_PASSIVE.exec(sentence);
  if (passive) {
    const verb = passive[1]!.toLowerCase();
    return { stance: verb === 'reported' ? 'report' : verb === 'alleged' ? 'allege' : 'assert', at: passive.index };
  }
  return null;
}
