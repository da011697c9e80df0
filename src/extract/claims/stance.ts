/**
 * The stance of a claim, from its cue and what follows it:
 *   deny                  denied, rejected, dismissed, refuted ... ("called the allegations absurd")
 *   accuse                accused / blamed / charged someone
 *   allege                alleged / claimed that ...
 *   claim-responsibility  claimed responsibility for ..., claimed the attack
 *   report                the article's own sourcing: X reported, a report/document/outlet as source
 *   assert                everything else that is said
 */
import type { Stance } from '../../model/analysis.js';

const DENY = new Set(['deny', 'denied', 'denies', 'denying', 'reject', 'rejected', 'rejects', 'rejecting', 'dismiss', 'dismissed', 'dismisses', 'dismissing', 'refute', 'refuted', 'refutes', 'rebut', 'rebutted', 'dispute', 'disputed', 'disputes', 'contest', 'contested']);
const ACCUSE = new Set(['accuse', 'accused', 'accuses', 'accusing', 'blame', 'blamed', 'blames', 'blaming', 'charge', 'charged', 'charges', 'charging']);
const ALLEGE = new Set(['allege', 'alleged', 'alleges', 'alleging', 'claim', 'claimed', 'claims', 'claiming', 'contend', 'contended', 'contends']);
const REPORT = new Set(['report', 'reported', 'reports', 'reporting', 'cite', 'cited', 'cites', 'citing', 'quoting']);
const CHARACTERISE = new Set(['call', 'called', 'calls', 'calling', 'describe', 'described', 'describes', 'describing', 'label', 'labelled', 'labeled', 'branded']);

/** "the accusations", "these allegations", "the claim", "such reports": a reference back to a claim. */
export const CLAIM_ANAPHOR = /^(?:the|these|those|this|that|such|all|any|its|their|his|her)\s+(?:\w+\s+)?(accusations?|allegations?|claims?|reports?|charges?|assertions?|suggestions?|rumou?rs?)\b/i;
/** The attack nouns a group claims: "claimed the attack", "claimed the bombing". */
const ATTACK_OBJECT = /^(?!that\b)(?:the|a|an|this|last\s+\w+'?s?)?\s*(?:\w+\s+)?(attacks?|bombings?|blasts?|killings?|assassination|kidnappings?|abduction|explosions?|ambush|strikes?|raids?|shooting|massacre|hijacking)\b/i;
const MEDIA = /\b(newspaper|news agency|agency|reuters|associated press|\bap\b|afp|bbc|cnn|guardian|times|post|journal|telegraph|al jazeera|tass|xinhua|bloomberg|magazine|website|tabloid|daily|report|reports|document|documents|study|survey|poll|findings|investigation|dossier|memo|cable)\b/i;

export interface StanceInput {
  cue: string;
  content: string;
  speaker: string | null;
  /** The speaker's knowledge-base actor, when the entities layer linked one (e.g. a media outlet). */
  actor: string | null;
  cited: boolean;
}

export function stanceOf(input: StanceInput): Stance {
  const cueWords = input.cue.toLowerCase().split(/\s+/);
  const head = cueWords[cueWords.length - 1]!;
  const content = input.content.replace(/^[“"‘'«\s]+/, '');
  if (ALLEGE.has(head) && /^responsibility\b/i.test(content)) return 'claim-responsibility';
  if (ALLEGE.has(head) && ATTACK_OBJECT.test(content)) return 'claim-responsibility';
  if (DENY.has(head)) return 'deny';
  if (CHARACTERISE.has(head) && CLAIM_ANAPHOR.test(content)) return 'deny';
  if (ACCUSE.has(head)) return 'accuse';
  if (ALLEGE.has(head)) return 'allege';
  if (REPORT.has(head) || input.cited) return 'report';
  if (input.speaker && isMediaSource(input.speaker, input.actor) && /^(said|says|according|found|finds|showed|shows|wrote)/.test(head === 'to' ? 'according' : head)) return 'report';
  return 'assert';
}

function isMediaSource(speaker: string, actor: string | null): boolean {
  if (actor && /media|news|outlet|press/i.test(actor)) return true;
  return MEDIA.test(speaker.replace(/^(?:unconfirmed|unverified)\s+/i, ''));
}
