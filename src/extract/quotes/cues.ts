import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../paths.js';

/**
 * The cue lexicon: verbs (and a few nouns and phrases) that introduce what someone said,
 * wrote, found or believes. Chosen from the cue words of PolNeAR's training split (their
 * frequency there, read by eye) and the speech verbs of wire copy; every form of each
 * verb is generated here so look-up is one Map hit per token.
 */

/** Verbs that report speech or writing: the core of attribution. */
const SPEECH = [
  'say', 'tell', 'add', 'warn', 'claim', 'deny', 'write', 'insist', 'argue', 'note', 'report', 'announce',
  'suggest', 'explain', 'declare', 'acknowledge', 'admit', 'accuse', 'allege', 'assert', 'state', 'confirm',
  'predict', 'complain', 'contend', 'maintain', 'stress', 'emphasize', 'emphasise', 'reiterate', 'recall',
  'respond', 'reply', 'testify', 'tweet', 'urge', 'vow', 'promise', 'pledge', 'threaten', 'concede',
  'caution', 'charge', 'blame', 'criticize', 'criticise', 'describe', 'boast', 'joke', 'quip', 'observe',
  'mention', 'reveal', 'disclose', 'retort', 'counter', 'remark', 'scoff', 'shout', 'chant', 'yell',
  'whisper', 'demand', 'propose', 'recommend', 'advise', 'inform', 'assure', 'brief', 'lament', 'complain',
  'question', 'wonder', 'speculate', 'guess', 'estimate', 'conclude', 'agree', 'disagree', 'dispute',
  'reject', 'rebut', 'refute', 'dismiss',
  'proclaim', 'hint', 'imply', 'confide', 'muse', 'forecast', 'underscore', 'swear', 'attest', 'affirm',
  'exclaim', 'call', 'respond', 'refer', 'talk', 'speak', 'discuss', 'decline', 'praise', 'slam', 'blast', 'condemn', 'denounce',
];

/**
 * Verbs of thought, evidence and intention, and speech verbs with common other senses
 * ("will continue", "asked for"): cues only when a that-clause, a colon or a quotation
 * follows, or when they come after the content ("..., he continued").
 */
const MENTAL = ['point', 'continue', 'assume', 'recognize', 'recognise', 'prove', 'demonstrate', 'document', 'illustrate',
  'highlight', 'echo', 'insinuate', 'imagine', 'reckon', 'presume', 'pretend', 'post', 'project', 'allow', 'grant', 'question', 'quote', 'cite', 'ask', 'signal',
  'indicate', 'concur', 'snap', 'thunder', 'counter', 'wonder', 'agree', 'disagree',
  'believe', 'think', 'feel', 'fear', 'hope', 'expect', 'find', 'show', 'know', 'worry', 'doubt', 'learn', 'understand', 'realize', 'realise', 'suspect'];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'written', 'writes', 'writing', 'write'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  find: ['found', 'finds', 'finding', 'find'],
  show: ['showed', 'shown', 'shows', 'showing', 'show'],
  know: ['knew', 'known', 'knows', 'knowing', 'know'],
  feel: ['felt', 'feels', 'feeling', 'feel'],
  learn: ['learned', 'learnt', 'learns', 'learning', 'learn'],
  understand: ['understood', 'understands', 'understanding', 'understand'],
  swear: ['swore', 'sworn', 'swears', 'swearing', 'swear'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  snap: ['snapped', 'snaps', 'snapping', 'snap'],
  quip: ['quipped', 'quips', 'quipping', 'quip'],
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  refer: ['referred', 'refers', 'referring', 'refer'],
  rebut: ['rebutted', 'rebuts', 'rebutting', 'rebut'],
  concur: ['concurred', 'concurs', 'concurring', 'concur'],
  testify: ['testified', 'testifies', 'testifying', 'testify'],
  reply: ['replied', 'replies', 'replying', 'reply'],
  deny: ['denied', 'denies', 'denying', 'deny'],
  imply: ['implied', 'implies', 'implying', 'imply'],
  speak: ['spoke', 'spoken', 'speaks', 'speaking', 'speak'],
  affirm: ['affirmed', 'affirms', 'affirming', 'affirm'],
};

/** Regular English inflections: -s, -ed, -ing, with the usual spelling changes. */
function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma]!;
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (lemma.endsWith('e')) forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

export type CueStrength = 'speech' | 'mental';

export interface CueWord {
  lemma: string;
  strength: CueStrength;
}

function buildLexicon(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  for (const lemma of MENTAL) for (const f of inflect(lemma)) map.set(f, { lemma, strength: 'mental' });
  for (const lemma of SPEECH) for (const f of inflect(lemma)) map.set(f, { lemma, strength: 'speech' });
  return map;
}

/**
 * Cue words learned from PolNeAR's train split (models/quote-cues.json, built by
 * training/quote-cues.ts): a word that heads a cue at least STRONG_RATIO of the times it
 * appears counts as a speech cue; a rarer one only with a that-clause or quotation.
 */
const STRONG_RATIO = 0.5;
const WEAK_RATIO = 0.3;
/** Learned words the default (product) lexicon takes, as clause-only cues. */
const CLAUSE_ONLY_RATIO = 0.5;

/** Verbs of intention: PolNeAR attributes "wants to ...", "plans to ..." (broad mode only, with an infinitive). */
export const INTENTION_VERBS = ['want', 'plan', 'intend', 'hope', 'seek', 'aim', 'vow', 'promise', 'pledge', 'threaten', 'refuse', 'decide', 'expect', 'agree', 'offer', 'seem', 'appear'];

function addLearned(map: Map<string, CueWord>, clauseOnly: boolean): void {
  if (!clauseOnly) for (const lemma of INTENTION_VERBS) for (const f of inflect(lemma)) if (!map.has(f)) map.set(f, { lemma, strength: 'mental' });
  const file = join(modelsDir, 'quote-cues.json');
  const learned = JSON.parse(readFileSync(file, 'utf8')) as { cues: Record<string, number> };
  for (const [form, ratio] of Object.entries(learned.cues)) {
    if (map.has(form) || ratio < (clauseOnly ? CLAUSE_ONLY_RATIO : WEAK_RATIO)) continue;
    const lemma = lemmaOf(form);
    map.set(form, { lemma, strength: ratio >= STRONG_RATIO && !clauseOnly ? 'speech' : 'mental' });
    // the other forms of a learned verb ("defended" -> "is defending") count, but only with a clause
    if (lemma === form) continue;
    for (const other of inflect(lemma)) if (!map.has(other) && !(other in learned.cues)) map.set(other, { lemma, strength: 'mental' });
  }
}

/** The verb a regular inflected form comes from ("endorsed" -> "endorse"), or the form itself. */
function lemmaOf(form: string): string {
  const stems = [
    form.replace(/ies$|ied$/, 'y'), form.replace(/es$/, ''), form.replace(/s$/, ''), form.replace(/ed$/, ''), form.replace(/d$/, ''),
    form.replace(/ing$/, ''), form.replace(/ing$/, 'e'), form.replace(/(\w)\1(ed|ing)$/, '$1'),
  ];
  for (const stem of stems) if (stem !== form && stem.length > 2 && inflect(stem).includes(form)) return stem;
  return form;
}

let speechLexicon: Map<string, CueWord> | null = null;
let broadLexicon: Map<string, CueWord> | null = null;

/**
 * The cue entry for a word form (case-insensitive), or undefined. `broad` adds the
 * learned PolNeAR cues (attitudes and evidence: "defended", "endorsed", "showed"),
 * which PolNeAR counts as attributions but a "who said what" list should not.
 */
export function cueWord(form: string, broad = false): CueWord | undefined {
  return cueWordOfLower(form.toLowerCase(), broad);
}

/** cueWord() of a form already in lower case (WHY: the tagger's per-form facts look it up twice). */
export function cueWordOfLower(lower: string, broad: boolean): CueWord | undefined {
  if (broad) {
    if (!broadLexicon) {
      broadLexicon = buildLexicon();
      addLearned(broadLexicon, false);
    }
    return broadLexicon.get(lower);
  }
  if (!speechLexicon) {
    speechLexicon = buildLexicon();
    // the learned words also serve the product, but only before a that-clause or quotation
    addLearned(speechLexicon, true);
  }
  return speechLexicon.get(lower);
}

/** Verbs whose first object is the hearer, not the content: "told Reuters that ...". */
export const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'brief', 'remind', 'ask', 'urge', 'advise', 'promise']);

/** Words that may sit between a subject and its cue verb and belong to the cue span ("has also said"). */
export const CUE_AUXILIARIES = new Set([
  'has', 'have', 'had', 'also', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do', 'not', "n't",
  'never', 'later', 'previously', 'repeatedly', 'then', 'again', 'once', 'often', 'always', 'is', 'was', 'are',
  'were', 'been', 'be', 'publicly', 'privately', 'flatly', 'strongly', 'further', 'quickly', 'simply',
  'earlier', 'recently', 'since', 'subsequently', 'just', 'already', 'initially', 'first', 'separately',
  "'s", '’s', "'ve", '’ve', "'d", '’d', 'has', 'reportedly', 'allegedly', 'now', 'still', 'even', 'being',
  // negated auxiliaries the tokenizer keeps whole: "isn’t saying", "hasn't said"
  ...['is', 'was', 'are', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'would', 'could', 'wo', 'ca']
    .flatMap((a) => [`${a}n't`, `${a}n’t`]),
  "won't", 'won’t', "can't", 'can’t',
]);
