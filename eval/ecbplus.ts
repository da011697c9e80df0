/**
 * Scorer for 'ecbplus': does incident fusion group the articles that report the same real
 * incident? ECB+ topics each hold two incidents (the ECB documents and the ECB+ documents).
 * We take the documents of the violent topics of one split, ingest them all into one fresh
 * store with fusion on (the topics mixed, as a real feed would be), give each document the
 * incident of its most widely reported event (the first on ties; a document with no event
 * stays alone), and score the document clusters against the gold incidents with B³.
 *
 * ECB+ documents carry no publication date, and fusion blocks on dates. As a stand-in we
 * take the latest fully specified date (YYYY-MM-DD) the document's own text mentions and
 * re-analyse with it as the publication date; documents without one are analysed undated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { fuseAnalysis } from '../src/fuse/index.js';
import type { Analysis } from '../src/model/analysis.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { bcubed } from './bcubed.js';
import { table } from './metrics.js';
import type { EvalResult, EvalTask } from './types.js';

/** Violent-incident topics, from ../shared/data/README.md. */
export const VIOLENT_TOPICS = [3, 8, 12, 16, 18, 19, 21, 22, 32, 33, 41];

interface Doc {
  name: string;
  gold: string;
  text: string;
}

function readDocs(data: string, split: string): Doc[] {
  const splits = JSON.parse(readFileSync(join(data, 'split_cybulska_vossen.json'), 'utf8')) as Record<string, number[]>;
  const topics = splits[split];
  if (!Array.isArray(topics)) throw new Error(`ecbplus: unknown split '${split}'; expected train, dev or test`);
  const docs: Doc[] = [];
  for (const topic of topics.filter((t) => VIOLENT_TOPICS.includes(t))) {
    const dir = join(data, 'ECB+_xml', String(topic));
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(dir, name), 'utf8');
      docs.push({ name, gold: `${topic}${name.includes('ecbplus') ? '+' : ''}`, text: textOf(xml) });
    }
  }
  return docs;
}

/** Tokens back to text: a sentence per line, no space before closing punctuation. */
export function textOf(xml: string): string {
  const sentences = new Map<number, string[]>();
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const s = Number(m[1]);
    if (!sentences.has(s)) sentences.set(s, []);
    sentences.get(s)!.push(decode(m[2]!));
  }
  return [...sentences.values()]
    .map((tokens) => tokens.join(' ').replace(/ ([,.;:!?%)\]'’])/g, '$1').replace(/([(\[$]) /g, '$1').replace(/ n't/g, "n't").replace(/ 's\b/g, "'s"))
    .join('\n\n');
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function withProxyDate(text: string, name: string): Analysis {
  const input = { url: `ecbplus:${name}`, title: null, outlet: name, published: null, text };
  const first = analyze(input);
  const days = first.times.map((t) => t.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).sort();
  return days.length ? analyze(input, { published: days.at(-1)! }) : first;
}

export const task: EvalTask = {
  name: 'ecbplus',
  description: 'incident fusion on ECB+ violent topics: B³ over document clusters',
  defaultData: 'ecbplus',
  async run(options): Promise<EvalResult> {
    const started = performance.now();
    const split = options.split ?? 'test';
    const docs = readDocs(options.data, split).slice(0, options.limit ?? Infinity);
    const store = new SqliteStore(':memory:');
    const incidentsOf = new Map<string, string[]>();
    let withEvents = 0;
    for (const doc of docs) {
      const analysis = withProxyDate(doc.text, doc.name);
      await store.saveAnalysis(analysis, null);
      // incident ids in the order of the document's events
      const placed = await fuseAnalysis(store, analysis);
      const ids = analysis.events.map((e) => placed.get(e.id)).filter((id): id is string => !!id);
      if (ids.length) withEvents++;
      incidentsOf.set(doc.name, ids);
    }
    // a document belongs to the incident of its most widely reported event (its lead event on ties):
    // a follow-up story ("suspect arrested") still tells which incident it is about
    const reach = new Map<string, number>();
    for (const ids of incidentsOf.values()) for (const id of new Set(ids)) reach.set(id, (reach.get(id) ?? 0) + 1);
    const predicted = new Map<string, string>();
    for (const [name, ids] of incidentsOf) {
      let best: string | null = null;
      for (const id of ids) if (best === null || reach.get(id)! > reach.get(best)!) best = id;
      predicted.set(name, best ?? `alone:${name}`);
    }
    await store.close();
    const gold = new Map(docs.map((d) => [d.name, d.gold]));
    const ours = bcubed(predicted, gold);
    const singletons = bcubed(new Map(docs.map((d) => [d.name, d.name])), gold);
    const oneCluster = bcubed(new Map(docs.map((d) => [d.name, 'all'])), gold);
    return {
      task: 'ecbplus',
      split,
      n: docs.length,
      metrics: {
        b3Precision: ours.precision,
        b3Recall: ours.recall,
        b3F1: ours.f1,
        documentsWithEvent: withEvents,
        incidents: new Set(predicted.values()).size,
        goldIncidents: new Set(gold.values()).size,
        baselines: { singletons, oneCluster },
      },
      seconds: (performance.now() - started) / 1000,
    };
  },
  format(r) {
    const m = r.metrics as Record<string, any>;
    return [
      `ECB+ ${r.split} (violent topics): ${r.n} documents, ${m.goldIncidents} gold incidents, ${m.incidents} predicted clusters; ${m.documentsWithEvent} documents had an event`,
      table([
        ['system', 'B3 P', 'B3 R', 'B3 F1'],
        ['newsgraph fusion', m.b3Precision, m.b3Recall, m.b3F1],
        ['baseline: every document alone', m.baselines.singletons.precision, m.baselines.singletons.recall, m.baselines.singletons.f1],
        ['baseline: all documents together', m.baselines.oneCluster.precision, m.baselines.oneCluster.recall, m.baselines.oneCluster.f1],
      ]),
      `(${r.seconds.toFixed(1)} s)`,
    ].join('\n');
  },
};
