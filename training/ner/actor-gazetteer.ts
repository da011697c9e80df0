/**
 * Actor and name lists from /work/shared/data, read at TRAINING time only and compiled into
 * the model's external gazetteer: Phoenix/PETRARCH dictionaries (people, IGOs, armed groups),
 * UCDP actors, OFAC FTO/SDGT entity aliases, and the entity strings of WikiANN train+dev.
 * The NER type of each list is a best guess (see typeOfPhoenixName); the tagger learns how far
 * to trust each kind of hit, because these lists cover train, dev and test text alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/extract/entities/ner/gazetteer.js';
import type { NerLabel } from '../../src/extract/entities/ner/labels.js';
import { spansFromIob } from '../../src/extract/entities/ner/labels.js';
import { addVariant } from './external-gazetteer.js';

const ORG_WORDS = /\b(FORCES?|ARMY|PARTY|MINISTRY|COUNCIL|FRONT|MOVEMENT|BRIGADES?|ORGANI[SZ]ATION|GROUP|UNION|ASSOCIATION|COMMITTEE|AGENCY|BANK|COMPANY|CORPORATION|POLICE|MILITIA|GOVERNMENT|COMMISSION|INSTITUTE|FOUNDATION|LEAGUE|ALLIANCE|COURT|PARLIAMENT|ASSEMBLY)\b/;

function readIfPresent(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** "ABU_NIDAL_ORGANIZATION_" -> "ABU NIDAL ORGANIZATION". */
function phoenixName(line: string): string {
  return line.replace(/^\+/, '').replace(/#.*$/, '').replace(/\[.*$/, '').replace(/_/g, ' ').trim();
}

/**
 * Phoenix entries: in the Countries file, lines with a bare country code are countries (skipped,
 * world-countries covers them, with their synonyms such as demonyms); other entries are mostly
 * leaders (PER) unless an organisation word says otherwise. The other files hold organisations.
 */
function addPhoenix(gaz: Gazetteer, dir: string): number {
  let n = 0;
  const files: Array<[string, NerLabel]> = [
    ['Phoenix.Countries.actors.txt', 'PER'],
    ['Phoenix.International.actors.txt', 'ORG'],
    ['Phoenix.MilNonState.actors.txt', 'ORG'],
  ];
  for (const [file, defaultType] of files) {
    const text = readIfPresent(join(dir, file));
    if (!text) continue;
    let skipSynonyms = false;
    for (const line of text.split('\n')) {
      if (!/^[A-Z0-9+]/.test(line)) continue;
      const isSynonym = line.startsWith('+');
      if (!isSynonym) skipSynonyms = /\[[A-Z]{3}\]/.test(line);
      if (skipSynonyms) continue;
      const name = phoenixName(line);
      if (name.length < 3) continue;
      addVariant(gaz, name, ORG_WORDS.test(name) ? 'ORG' : defaultType);
      n++;
    }
  }
  return n;
}

/** Minimal CSV field splitter (quoted fields with commas). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) [out[out.length], cur] = [cur, ''];
    else cur += ch;
  }
  out.push(cur);
  return out;
}

function addUcdp(gaz: Gazetteer, dir: string): number {
  const text = readIfPresent(join(dir, 'ucdp-actor-221.csv'));
  if (!text) return 0;
  let n = 0;
  for (const line of text.split('\n').slice(1)) {
    const f = csvFields(line);
    for (const name of [f[1], f[4]]) {
      // WHY skip "Government of X": in CoNLL that is not one name but "X" (LOC) in a phrase.
      if (!name || name === 'n/a' || name.startsWith('Government of')) continue;
      addVariant(gaz, name, 'ORG');
      n++;
    }
  }
  return n;
}

function addOfac(gaz: Gazetteer, dir: string): number {
  let n = 0;
  for (const file of ['fto_aliases.tsv', 'sdgt_fto_entities_aliases.tsv']) {
    const text = readIfPresent(join(dir, file));
    if (!text) continue;
    for (const line of text.split('\n').slice(1)) {
      const alias = line.split('\t')[4];
      if (alias && alias.length >= 3) {
        addVariant(gaz, alias, 'ORG');
        n++;
      }
    }
  }
  return n;
}

/** Entity strings of WikiANN (en) train and dev, typed as annotated (PER/ORG/LOC). */
function addWikiann(gaz: Gazetteer, dir: string): number {
  let n = 0;
  for (const split of ['train', 'dev']) {
    const text = readIfPresent(join(dir, split));
    if (!text) continue;
    for (const block of text.split(/\n\s*\n/)) {
      const rows = block.split('\n').filter(Boolean).map((l) => l.split('\t'));
      const tokens = rows.map((r) => r[0]!.replace(/^en:/, ''));
      for (const span of spansFromIob(rows.map((r) => r[1] ?? 'O'))) {
        addVariant(gaz, tokens.slice(span.start, span.end).join(' '), span.label);
        n++;
      }
    }
  }
  return n;
}

export interface ActorSources {
  phoenix: number;
  ucdp: number;
  ofac: number;
  wikiann: number;
}

export function addActorNames(gaz: Gazetteer, dataDir: string, use: { wikiann: boolean }): ActorSources {
  return {
    phoenix: addPhoenix(gaz, join(dataDir, 'petrarch-phoenix-dictionaries')),
    ucdp: addUcdp(gaz, join(dataDir, 'ucdp-actors')),
    ofac: addOfac(gaz, join(dataDir, 'ofac-sdn')),
    wikiann: use.wikiann ? addWikiann(gaz, join(dataDir, 'wikiann-en')) : 0,
  };
}
