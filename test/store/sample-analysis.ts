/** A hand-built Analysis with every layer filled, for store tests (no extractor involved). */
import { ANALYSIS_SCHEMA, type Analysis } from '../../src/model/analysis.js';

function span(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: '${needle}' not in text`);
  return { start, end: start + needle.length, text: needle };
}

export function sampleAnalysis(id: string, overrides: { published?: string; killed?: number; country?: string; lat?: number; lon?: number } = {}): Analysis {
  const text =
    'Gunmen from Hayat Tahrir al-Sham attacked an army post near Idlib on Sunday, killing at least 12 soldiers.\n\n' +
    '"We will respond," said army spokesman Colonel Idris Bello. HTS denied the accusations.';
  const killed = overrides.killed ?? 12;
  return {
    schema: ANALYSIS_SCHEMA,
    article: {
      id,
      url: `https://example.org/${id}`,
      title: `Attack near Idlib (${id})`,
      outlet: 'Example News',
      published: overrides.published ?? '2023-03-06',
      publishedFrom: 'input',
      language: 'en',
      text,
    },
    entities: [
      { id: 'E1', type: 'ORG', name: 'Hayat Tahrir al-Sham', actor: 'hts', roles: [], mentions: [span(text, 'Hayat Tahrir al-Sham'), span(text, 'HTS')] },
      { id: 'E2', type: 'GPE', name: 'Idlib', actor: null, roles: [], mentions: [span(text, 'Idlib')] },
      { id: 'E3', type: 'PERSON', name: 'Idris Bello', actor: null, roles: ['army spokesman', 'Colonel'], mentions: [span(text, 'Idris Bello')] },
    ],
    times: [{ ...span(text, 'Sunday'), type: 'DATE', value: '2023-03-05' }],
    places: [
      { ...span(text, 'Idlib'), name: 'Idlib', kind: 'city', geonameId: 169389, countryCode: overrides.country ?? 'SY', admin1: 'Idlib', lat: overrides.lat ?? 35.93, lon: overrides.lon ?? 36.63, entity: 'E2' },
    ],
    quotes: [
      { ...span(text, 'We will respond,'), kind: 'direct', cue: span(text, 'said'), speaker: { text: 'Idris Bello', entity: 'E3', role: 'army spokesman' } },
    ],
    claims: [
      { ...span(text, 'HTS denied the accusations.'), id: 'C1', stance: 'deny', claimant: { text: 'HTS', entity: 'E1' }, sources: [], hedged: false, disputes: null },
    ],
    events: [
      {
        id: 'V1',
        type: 'Battles',
        subType: 'Armed clash',
        trigger: span(text, 'attacked'),
        date: { value: '2023-03-05', precision: 'day' },
        place: { text: 'Idlib', entity: 'E2', name: 'Idlib', countryCode: overrides.country ?? 'SY', lat: overrides.lat ?? 35.93, lon: overrides.lon ?? 36.63 },
        actors: [
          { text: 'Hayat Tahrir al-Sham', entity: 'E1', role: 'actor1' },
          { text: 'army post', entity: null, role: 'actor2' },
        ],
        fatalities: { value: killed, qualifier: 'at-least', text: `at least ${killed} soldiers`, includes: [] },
        injured: null,
        claimedBy: null,
        sources: [],
        evidence: [span(text, 'Gunmen from Hayat Tahrir al-Sham attacked an army post near Idlib on Sunday, killing at least 12 soldiers.')],
      },
    ],
    warnings: [],
  };
}
