/**
 * Hand-made analyses with every layer filled, for the API and browser tests: three reports of
 * one attack (with disagreeing tolls), a protest, an air strike, and an article whose text is
 * nothing but script-injection payloads. Plus an incident written the way fusion stores it.
 */
import { ANALYSIS_SCHEMA, INCIDENT_SCHEMA, type Analysis, type ConflictEvent, type Incident } from '../../src/model/analysis.js';
import type { SqliteStore } from '../../src/store/sqlite/store.js';

function spanIn(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: '${needle}' not in text`);
  return { start, end: start + needle.length, text: needle };
}

interface Meta { id: string; title: string; outlet: string; published: string; url?: string }

function base(meta: Meta, text: string): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    article: { id: meta.id, url: meta.url ?? `https://news.example/${meta.id}`, title: meta.title, outlet: meta.outlet, published: meta.published, publishedFrom: 'input', language: 'en', text },
    entities: [], times: [], places: [], quotes: [], claims: [], events: [], warnings: [],
  };
}

/** One report of the market attack in Kadiri; outlets disagree on the toll. */
export function marketReport(id: string, outlet: string, killed: number, published: string): Analysis {
  const text =
    `Gunmen from the Northern Front attacked the main market in Kadiri on Saturday, killing ${killed} people and wounding 30, officials said.\n\n` +
    `"They came on motorbikes and shot at everyone," said Amina Yusuf, a trader who survived. Governor Bala Ahmed condemned the attack.\n\n` +
    `The Northern Front denied any role in the killings. Police spokesman Musa Danjuma said, according to local radio, that 14 suspects were arrested.`;
  const a = base({ id, title: `${killed} killed in attack on Kadiri market`, outlet, published }, text);
  a.entities = [
    { id: 'E1', type: 'ORG', name: 'Northern Front', actor: 'northern-front', roles: [], mentions: [spanIn(text, 'Northern Front'), spanIn(text, 'Northern Front', 200)] },
    { id: 'E2', type: 'GPE', name: 'Kadiri', actor: null, roles: [], mentions: [spanIn(text, 'Kadiri')] },
    { id: 'E3', type: 'PERSON', name: 'Amina Yusuf', actor: null, roles: ['trader'], mentions: [spanIn(text, 'Amina Yusuf')] },
    { id: 'E4', type: 'PERSON', name: 'Bala Ahmed', actor: null, roles: ['Governor'], mentions: [spanIn(text, 'Bala Ahmed')] },
    { id: 'E5', type: 'PERSON', name: 'Musa Danjuma', actor: null, roles: ['Police spokesman'], mentions: [spanIn(text, 'Musa Danjuma')] },
  ];
  a.times = [{ ...spanIn(text, 'Saturday'), type: 'DATE', value: '2023-03-04' }];
  a.places = [{ ...spanIn(text, 'Kadiri'), name: 'Kadiri', kind: 'city', geonameId: 2335204, countryCode: 'NG', admin1: 'Kano', lat: 11.7, lon: 8.6, entity: 'E2' }];
  a.quotes = [
    { ...spanIn(text, 'They came on motorbikes and shot at everyone,'), kind: 'direct', cue: spanIn(text, 'said'), speaker: { text: 'Amina Yusuf', entity: 'E3', role: 'trader' } },
    { ...spanIn(text, 'that 14 suspects were arrested'), kind: 'indirect', cue: spanIn(text, 'said,', 250), speaker: { text: 'Musa Danjuma', entity: 'E5', role: 'Police spokesman' } },
  ];
  a.claims = [
    { ...spanIn(text, `killing ${killed} people and wounding 30, officials said`), id: 'C1', stance: 'report', claimant: { text: 'officials', entity: null }, sources: [], hedged: false, disputes: null },
    { ...spanIn(text, 'The Northern Front denied any role in the killings.'), id: 'C2', stance: 'deny', claimant: { text: 'Northern Front', entity: 'E1' }, sources: [], hedged: false, disputes: 'C1' },
    { ...spanIn(text, '14 suspects were arrested'), id: 'C3', stance: 'assert', claimant: { text: 'Musa Danjuma', entity: 'E5' }, sources: [{ text: 'local radio', entity: null }, { text: 'Musa Danjuma', entity: 'E5' }], hedged: true, disputes: null },
  ];
  const attack: ConflictEvent = {
    id: 'V1', type: 'Violence against civilians', subType: 'Attack', trigger: spanIn(text, 'attacked'),
    date: { value: '2023-03-04', precision: 'day' },
    place: { text: 'Kadiri', entity: 'E2', name: 'Kadiri', countryCode: 'NG', lat: 11.7, lon: 8.6 },
    actors: [{ text: 'Northern Front', entity: 'E1', role: 'actor1' }, { text: 'people', entity: null, role: 'victim' }],
    fatalities: { value: killed, qualifier: 'exact', text: `${killed} people`, includes: [] },
    injured: { value: 30, qualifier: 'exact', text: '30', includes: [] },
    claimedBy: null, sources: [{ text: 'officials', entity: null }],
    evidence: [spanIn(text, `Gunmen from the Northern Front attacked the main market in Kadiri on Saturday, killing ${killed} people and wounding 30, officials said.`)],
  };
  const arrests: ConflictEvent = {
    id: 'V2', type: 'Strategic developments', subType: 'Arrests', trigger: spanIn(text, 'arrested'),
    date: { value: '2023-03-05', precision: 'day' },
    place: { text: 'Kadiri', entity: 'E2', name: 'Kadiri', countryCode: 'NG', lat: 11.72, lon: 8.62 },
    actors: [{ text: 'Police', entity: null, role: 'actor1' }], fatalities: null, injured: null, claimedBy: null, sources: [],
    evidence: [spanIn(text, 'Police spokesman Musa Danjuma said, according to local radio, that 14 suspects were arrested.')],
  };
  a.events = [attack, arrests];
  return a;
}

export function protestReport(): Analysis {
  const text =
    'Police fired tear gas at thousands of protesters in Lima on 14 January, and two demonstrators were killed, the ombudsman said.\n\n' +
    '"We will keep marching until the government listens," said student leader Rosa Quispe.';
  const a = base({ id: 'lima-protest', title: 'Two killed as police disperse Lima protest', outlet: 'Andes Daily', published: '2023-01-15' }, text);
  a.entities = [
    { id: 'E1', type: 'GPE', name: 'Lima', actor: null, roles: [], mentions: [spanIn(text, 'Lima')] },
    { id: 'E2', type: 'PERSON', name: 'Rosa Quispe', actor: null, roles: ['student leader'], mentions: [spanIn(text, 'Rosa Quispe')] },
  ];
  a.times = [{ ...spanIn(text, '14 January'), type: 'DATE', value: '2023-01-14' }];
  a.places = [{ ...spanIn(text, 'Lima'), name: 'Lima', kind: 'city', geonameId: 3936456, countryCode: 'PE', admin1: 'Lima', lat: -12.05, lon: -77.04, entity: 'E1' }];
  a.quotes = [{ ...spanIn(text, 'We will keep marching until the government listens,'), kind: 'direct', cue: spanIn(text, 'said', 140), speaker: { text: 'Rosa Quispe', entity: 'E2', role: 'student leader' } }];
  a.events = [{
    id: 'V1', type: 'Protests', subType: 'Excessive force against protesters', trigger: spanIn(text, 'fired tear gas'),
    date: { value: '2023-01-14', precision: 'day' }, place: { text: 'Lima', entity: 'E1', name: 'Lima', countryCode: 'PE', lat: -12.05, lon: -77.04 },
    actors: [{ text: 'Police', entity: null, role: 'actor1' }, { text: 'protesters', entity: null, role: 'actor2' }],
    fatalities: { value: 2, qualifier: 'exact', text: 'two demonstrators', includes: [] }, injured: null, claimedBy: null,
    sources: [{ text: 'the ombudsman', entity: null }], evidence: [spanIn(text, 'Police fired tear gas at thousands of protesters in Lima on 14 January, and two demonstrators were killed, the ombudsman said.')],
  }];
  return a;
}

export function airstrikeReport(): Analysis {
  const text = 'A military air strike hit a village gathering in Sagaing region on 11 April, killing at least 100 people, residents said.';
  const a = base({ id: 'sagaing-strike', title: 'Air strike on Sagaing village kills at least 100', outlet: 'Irrawaddy Wire', published: '2023-04-12' }, text);
  a.entities = [{ id: 'E1', type: 'LOC', name: 'Sagaing', actor: null, roles: [], mentions: [spanIn(text, 'Sagaing')] }];
  a.places = [{ ...spanIn(text, 'Sagaing'), name: 'Sagaing', kind: 'admin1', geonameId: 1298481, countryCode: 'MM', admin1: 'Sagaing', lat: 22.5, lon: 95.5, entity: 'E1' }];
  a.times = [{ ...spanIn(text, '11 April'), type: 'DATE', value: '2023-04-11' }];
  a.events = [{
    id: 'V1', type: 'Explosions/Remote violence', subType: 'Air/drone strike', trigger: spanIn(text, 'air strike'),
    date: { value: '2023-04-11', precision: 'day' }, place: { text: 'Sagaing', entity: 'E1', name: 'Sagaing', countryCode: 'MM', lat: 22.5, lon: 95.5 },
    actors: [{ text: 'military', entity: null, role: 'actor1' }, { text: 'village gathering', entity: null, role: 'victim' }],
    fatalities: { value: 100, qualifier: 'at-least', text: 'at least 100 people', includes: [] }, injured: null, claimedBy: null,
    sources: [{ text: 'residents', entity: null }], evidence: [{ start: 0, end: text.length, text }],
  }];
  return a;
}

/** Every layer's text is an injection attempt; the browser test proves none of it runs. */
export const XSS_TEXT =
  'Breaking: <script>window.__pwned = 1; document.title = "PWNED"</script> rebels attacked Xtown.\n\n' +
  '<img src=x onerror="window.__pwned = 2; document.title = \'PWNED\'"> said <b onmouseover=alert(1)>Mr Payload</b>. ' +
  'Visit <a href="javascript:window.__pwned=3">here</a> or <svg onload=window.__pwned=4></svg> now.';

export function xssReport(): Analysis {
  const text = XSS_TEXT;
  const a = base({ id: 'xss-article', title: '<img src=x onerror="window.__pwned=5">Injected title', outlet: '<script>window.__pwned=6</script>', published: '2023-02-01', url: 'javascript:window.__pwned=7' }, text);
  a.entities = [{ id: 'E1', type: 'PERSON', name: '<b onmouseover=alert(1)>Mr Payload</b>', actor: null, roles: ['<script>x()</script>'], mentions: [spanIn(text, '<b onmouseover=alert(1)>Mr Payload</b>')] }];
  a.quotes = [{ ...spanIn(text, '<img src=x onerror="window.__pwned = 2; document.title = \'PWNED\'">'), kind: 'direct', cue: spanIn(text, 'said'), speaker: { text: 'Mr Payload', entity: 'E1', role: '<svg onload=window.__pwned=8>' } }];
  a.events = [{
    id: 'V1', type: 'Battles', subType: 'Armed clash', trigger: spanIn(text, 'attacked'), date: { value: '2023-02-01', precision: 'day' },
    place: { text: 'Xtown', entity: null, name: '<script>window.__pwned=9</script>', countryCode: 'SY', lat: 35, lon: 38 },
    actors: [{ text: '<img src=x onerror=window.__pwned=10>', entity: null, role: 'actor1' }], fatalities: null, injured: null, claimedBy: null, sources: [],
    evidence: [spanIn(text, '<script>window.__pwned = 1; document.title = "PWNED"</script>')],
  }];
  return a;
}

/** The market attack's three reports fused, as src/fuse writes it: figures by source, never averaged. */
export function marketIncident(reports: Analysis[]): Incident {
  const bySource = reports.map((r) => ({ article: r.article.id, outlet: r.article.outlet, value: r.events[0]!.fatalities!.value, qualifier: r.events[0]!.fatalities!.qualifier }));
  const values = bySource.map((b) => b.value);
  return {
    schema: INCIDENT_SCHEMA, id: 'I-kadiri-market', type: 'Violence against civilians', subType: 'Attack',
    date: { start: '2023-03-04', end: '2023-03-04', precision: 'day' },
    place: { name: 'Kadiri', countryCode: 'NG', admin1: 'Kano', lat: 11.7, lon: 8.6 },
    actors: [{ role: 'actor1', name: 'Northern Front', actor: 'northern-front' }],
    fatalities: { min: Math.min(...values), max: Math.max(...values), bySource },
    injured: { min: 30, max: 30, bySource: bySource.map((b) => ({ ...b, value: 30 })) },
    reports: reports.map((r) => ({ article: r.article.id, url: r.article.url, outlet: r.article.outlet, published: r.article.published, event: 'V1' })),
  };
}

/** Writes an incident into the SQLite tables directly (fusion's writer is not ours to call here). */
export function putIncident(store: SqliteStore, i: Incident): void {
  store.db.prepare(
    `INSERT INTO incidents (id, type, sub_type, date_start, date_end, precision, place_name, country_code, admin1, lat, lon, fatalities_min, fatalities_max, data, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(i.id, i.type, i.subType, i.date.start, i.date.end, i.date.precision, i.place?.name ?? null, i.place?.countryCode ?? null, i.place?.admin1 ?? null,
    i.place?.lat ?? null, i.place?.lon ?? null, i.fatalities?.min ?? null, i.fatalities?.max ?? null, JSON.stringify(i), new Date().toISOString());
  for (const r of i.reports) store.db.prepare('INSERT INTO incident_reports (incident, article, event) VALUES (?, ?, ?)').run(i.id, r.article, r.event);
}

/** Fill a store with every fixture: 3 market reports, protest, air strike, XSS article, 1 incident. */
export async function fillDemo(store: SqliteStore): Promise<void> {
  const reports = [marketReport('kadiri-a', 'Sahel Monitor', 12, '2023-03-05'), marketReport('kadiri-b', 'Global Wire Desk', 15, '2023-03-05'), marketReport('kadiri-c', 'Lowland Courier', 12, '2023-03-06')];
  for (const a of [...reports, protestReport(), airstrikeReport(), xssReport()]) await store.saveAnalysis(a, null);
  putIncident(store, marketIncident(reports));
}
