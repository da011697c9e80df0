/**
 * Checks an Analysis against the contract: the JSON Schema, plus what a schema cannot say —
 * every span slices back to its text, refs point at real entities, ids are unique.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Analysis, Span } from '../../src/model/analysis.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

export function contractProblems(a: Analysis): string[] {
  const problems: string[] = [];
  if (!validate(a)) problems.push(...(validate.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message}`));
  const text = a.article?.text ?? '';
  const checkSpan = (where: string, s: Span | null | undefined) => {
    if (!s) return;
    if (text.slice(s.start, s.end) !== s.text || s.start > s.end) problems.push(`${where}: span [${s.start},${s.end}) does not slice to ${JSON.stringify(s.text)}`);
  };
  const ids = new Set<string>();
  for (const e of a.entities ?? []) {
    if (ids.has(e.id)) problems.push(`entity id ${e.id} repeated`);
    ids.add(e.id);
    e.mentions.forEach((m, i) => checkSpan(`entities ${e.id} mention ${i}`, m));
  }
  const checkRef = (where: string, r: { entity: string | null } | null | undefined) => {
    if (r?.entity && !ids.has(r.entity)) problems.push(`${where}: entity ${r.entity} does not exist`);
  };
  a.times?.forEach((t, i) => checkSpan(`times ${i}`, t));
  a.places?.forEach((p, i) => {
    checkSpan(`places ${i}`, p);
    if (p.entity) checkRef(`places ${i}`, { entity: p.entity });
  });
  a.quotes?.forEach((q, i) => {
    checkSpan(`quotes ${i}`, q);
    checkSpan(`quotes ${i} cue`, q.cue);
    checkRef(`quotes ${i} speaker`, q.speaker);
  });
  const claimIds = new Set(a.claims?.map((c) => c.id));
  a.claims?.forEach((c, i) => {
    checkSpan(`claims ${i}`, c);
    checkRef(`claims ${i} claimant`, c.claimant);
    c.sources.forEach((s, j) => checkRef(`claims ${i} source ${j}`, s));
    if (c.disputes && !claimIds.has(c.disputes)) problems.push(`claims ${i}: disputes unknown claim ${c.disputes}`);
  });
  a.events?.forEach((v, i) => {
    checkSpan(`events ${i} trigger`, v.trigger);
    v.evidence.forEach((s, j) => checkSpan(`events ${i} evidence ${j}`, s));
    v.actors.forEach((r, j) => checkRef(`events ${i} actor ${j}`, r));
    checkRef(`events ${i} place`, v.place);
    checkRef(`events ${i} claimedBy`, v.claimedBy);
  });
  return problems;
}
