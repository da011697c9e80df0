/**
 * `newsgraph eval case2021`: CASE 2021 task 2 (fine-grained event classification of short
 * ACLED-style snippets). We run the whole pipeline on each snippet and take the sub-type
 * of its main event (the first one that is not background). Scored like the shared task:
 * accuracy and macro F1 over the 25 ACLED sub-types, on the snippets whose gold label is
 * one of them. The 5 "unseen" labels (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER,
 * DIPLO, ATTRIB) are outside ACLED's taxonomy: for them we report how often the stage
 * rightly finds no conflict event (`unseenAbstain`).
 *
 * There is only a test set, and the rules were never tuned on it: this is a held-out figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import type { ConflictEvent } from '../src/model/analysis.js';
import { prf, round, table } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';

/** CASE 2021 label for each ACLED sub-type. */
export const CASE_LABEL: Record<string, string> = {
  'Abduction/forced disappearance': 'ABDUCT_DISSAP',
  Agreement: 'AGREEMENT',
  'Air/drone strike': 'AIR_STRIKE',
  'Armed clash': 'ARMED_CLASH',
  Arrests: 'ARREST',
  'Shelling/artillery/missile attack': 'ART_MISS_ATTACK',
  Attack: 'ATTACK',
  'Change to group/activity': 'CHANGE_TO_GROUP_ACT',
  'Chemical weapon': 'CHEM_WEAP',
  'Disrupted weapons use': 'DISR_WEAP',
  'Excessive force against protesters': 'FORCE_AGAINST_PROTEST',
  'Government regains territory': 'GOV_REGAINS_TERIT',
  Grenade: 'GRENADE',
  'Headquarters or base established': 'HQ_ESTABLISHED',
  'Mob violence': 'MOB_VIOL',
  'Non-state actor overtakes territory': 'NON_STATE_ACTOR_OVERTAKES_TER',
  'Non-violent transfer of territory': 'NON_VIOL_TERRIT_TRANSFER',
  Other: 'OTHER',
  'Peaceful protest': 'PEACE_PROTEST',
  'Looting/property destruction': 'PROPERTY_DISTRUCT',
  'Protest with intervention': 'PROTEST_WITH_INTER',
  'Remote explosive/landmine/IED': 'REM_EXPLOS',
  'Sexual violence': 'SEX_VIOL',
  'Suicide bomb': 'SUIC_BOMB',
  'Violent demonstration': 'VIOL_DEMONSTR',
};
const SEEN = new Set(Object.values(CASE_LABEL));
const NONE = 'NONE';

interface Snippet {
  id: string;
  text: string;
  label: string;
}

function readSnippets(dir: string): Snippet[] {
  const file = join(dir, 'task2', 'test_dataset', 'test_set_final_release_with_labels.tsv');
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  return lines
    .filter((l) => l.trim())
    .map((l, i) => {
      const cols = l.split('\t');
      if (cols.length < 3) throw new Error(`${file}:${i + 2}: expected id, snippet, label separated by tabs`);
      return { id: cols[0]!, text: cols.slice(1, -1).join('\t'), label: cols[cols.length - 1]!.trim() };
    });
}

export function mainEvent(events: ConflictEvent[]): ConflictEvent | null {
  return events[0] ?? null;
}

export function predictLabel(text: string): string {
  const e = mainEvent(analyze({ text, published: null, url: null, title: null, outlet: null }).events);
  return e?.subType ? (CASE_LABEL[e.subType] ?? NONE) : NONE;
}

export const task: EvalTask = {
  name: 'case2021',
  description: 'CASE 2021 task 2: sub-type of the main event of each snippet (accuracy, macro F1 over 25 ACLED sub-types)',
  defaultData: 'case2021',
  async run(options: EvalOptions): Promise<EvalResult> {
    const started = performance.now();
    let snippets = readSnippets(options.data);
    if (options.limit) snippets = snippets.slice(0, options.limit);
    const predicted = snippets.map((s) => predictLabel(s.text));
    const seen = snippets.map((s, i) => ({ gold: s.label, pred: predicted[i]! })).filter((x) => SEEN.has(x.gold));
    const unseen = snippets.map((s, i) => ({ gold: s.label, pred: predicted[i]! })).filter((x) => !SEEN.has(x.gold));
    const correct = seen.filter((x) => x.gold === x.pred).length;
    const byLabel: Record<string, ReturnType<typeof prf>> = {};
    for (const label of [...SEEN].sort()) {
      const tp = seen.filter((x) => x.gold === label && x.pred === label).length;
      const fp = seen.filter((x) => x.gold !== label && x.pred === label).length;
      const fn = seen.filter((x) => x.gold === label && x.pred !== label).length;
      byLabel[label] = prf(tp, fp, fn);
    }
    const macroF1 = Object.values(byLabel).reduce((s, x) => s + x.f1, 0) / SEEN.size;
    const metrics = {
      accuracy: round(correct / Math.max(1, seen.length)),
      macroF1: round(macroF1),
      noEvent: round(seen.filter((x) => x.pred === NONE).length / Math.max(1, seen.length)),
      unseenAbstain: round(unseen.filter((x) => x.pred === NONE).length / Math.max(1, unseen.length)),
      nSeen: seen.length,
      nUnseen: unseen.length,
      byLabel,
    };
    return { task: 'case2021', split: 'test', n: snippets.length, metrics, seconds: (performance.now() - started) / 1000 };
  },
  format(result: EvalResult): string {
    const m = result.metrics as { accuracy: number; macroF1: number; noEvent: number; unseenAbstain: number; nSeen: number; nUnseen: number; byLabel: Record<string, { precision: number; recall: number; f1: number }> };
    const rows: Array<Array<string | number>> = [['label', 'precision', 'recall', 'f1']];
    for (const [label, s] of Object.entries(m.byLabel)) rows.push([label, s.precision, s.recall, s.f1]);
    return [
      `case2021 task 2, ${m.nSeen} snippets with ACLED labels (+${m.nUnseen} unseen-type), ${result.seconds.toFixed(1)} s`,
      `accuracy ${m.accuracy.toFixed(3)}  macro F1 ${m.macroF1.toFixed(3)}  no event found ${m.noEvent.toFixed(3)}  unseen types abstained ${m.unseenAbstain.toFixed(3)}`,
      table(rows),
    ].join('\n');
  },
};
