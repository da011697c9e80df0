/**
 * Local-news wording that makes a name a town: "the Jordan City Council", "Dublin
 * elementary schools", "a DeKalb man", "Mansfield police". A country, a state or a county
 * has none of these, so every mention of that name in the article asks for a town (kind
 * "city"), unless the wording already asks for another kind.
 */
import type { PlaceKind } from '../../model/analysis.js';
import type { ToponymInput } from './resolve.js';

// Right after the name: institutions only a town has.
const TOWN_INSTITUTION_AFTER = /^(?:'s|’s)? (?:city council|council|city hall|police|fire department|fire chief|mayor|elementary|middle school|high school|public schools|school board|board of education|public library|township|aldermen|city manager|city commission)\b/i;
// "a DeKalb man", "two Roswell teens": the name as where a person lives.
const RESIDENT_BEFORE = /\b(?:a|an|the|two|three|several) $/i;
const RESIDENT_AFTER = /^ (?:man|woman|men|women|resident|residents|teen|teens|teenager|boy|girl|couple|family|native|homeowner|homeowners|businessman|businesswoman)\b/;

/** Hints with every mention of a town-worded name set to "city" (where it had none). */
export function withTownHints(text: string, inputs: ToponymInput[]): ToponymInput[] {
  const towns = new Set<string>();
  for (const t of inputs) {
    const after = text.slice(t.end, t.end + 24);
    if (TOWN_INSTITUTION_AFTER.test(after) || (RESIDENT_AFTER.test(after) && RESIDENT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)))) towns.add(t.key);
  }
  if (!towns.size) return inputs;
  const city: PlaceKind = 'city';
  return inputs.map((t) => (t.hint === null && towns.has(t.key) && t.candidates.length > 1 ? { ...t, hint: city } : t));
}
