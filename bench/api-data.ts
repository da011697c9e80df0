/**
 * A generated database for the API benchmark: N events in N/5 articles, stored with the
 * store's own writer inside one transaction (layers other than events left empty).
 * Deterministic (seeded), with skewed fatalities, 40 countries and 2,000 named actors.
 */
import { ANALYSIS_SCHEMA, type Analysis, type ConflictEvent, type EventType } from '../src/model/analysis.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

export const TYPES: Array<[string, string[]]> = [
  ['Battles', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  ['Explosions/Remote violence', ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb']],
  ['Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Riots', ['Violent demonstration', 'Mob violence']],
  ['Strategic developments', ['Arrests', 'Looting/property destruction', 'Agreement']],
];
export const COUNTRIES: Array<[string, number, number, string[]]> = [
  ['SY', 35, 38, ['Aleppo', 'Idlib', 'Homs', 'Deir ez-Zor']], ['NG', 9, 8, ['Maiduguri', 'Kaduna', 'Kano', 'Zamfara']], ['UA', 49, 32, ['Kharkiv', 'Donetsk', 'Kherson']],
  ['SD', 15, 30, ['Khartoum', 'El Fasher', 'Omdurman']], ['MM', 21, 96, ['Sagaing', 'Mandalay', 'Yangon']], ['SO', 5, 46, ['Mogadishu', 'Baidoa']],
  ['AF', 34, 66, ['Kabul', 'Kandahar']], ['PK', 30, 70, ['Peshawar', 'Quetta']], ['ML', 17, -4, ['Gao', 'Mopti']], ['BF', 12, -1, ['Djibo', 'Ouagadougou']],
  ['CD', -2, 24, ['Goma', 'Beni']], ['ET', 9, 39, ['Mekelle', 'Gondar']], ['YE', 15, 47, ['Taiz', 'Marib']], ['IQ', 33, 44, ['Mosul', 'Baghdad']],
  ['CO', 4, -73, ['Cauca', 'Catatumbo']], ['MX', 23, -102, ['Culiacan', 'Reynosa']], ['PE', -10, -75, ['Lima', 'Juliaca']], ['IN', 22, 79, ['Manipur', 'Imphal']],
  ['PS', 31.5, 34.4, ['Gaza', 'Jenin']], ['LB', 33.8, 35.8, ['Beirut', 'Tyre']], ['LY', 27, 17, ['Tripoli', 'Benghazi']], ['CF', 7, 21, ['Bangui', 'Bria']],
  ['MZ', -18, 35, ['Cabo Delgado', 'Palma']], ['CM', 6, 12, ['Bamenda', 'Buea']], ['NE', 17, 8, ['Tillaberi', 'Diffa']], ['KE', 0, 38, ['Nairobi', 'Mandera']],
  ['HT', 19, -72, ['Port-au-Prince', 'Gonaives']], ['PH', 13, 122, ['Marawi', 'Cotabato']], ['TH', 15, 101, ['Pattani', 'Yala']], ['BD', 24, 90, ['Dhaka', 'Cox’s Bazar']],
  ['IR', 32, 53, ['Zahedan', 'Tehran']], ['IL', 31, 35, ['Sderot', 'Ashkelon']], ['RU', 55, 37, ['Belgorod', 'Kursk']], ['VE', 7, -66, ['Caracas', 'Zulia']],
  ['BR', -10, -52, ['Rio de Janeiro', 'Belem']], ['EG', 27, 30, ['Arish', 'Cairo']], ['TD', 15, 19, ['Ndjamena', 'Lac']], ['SS', 7, 30, ['Juba', 'Malakal']],
  ['LK', 7, 81, ['Colombo', 'Jaffna']], ['FR', 46, 2, ['Paris', 'Sainte-Soline']],
];
const WORDS = ['clashes', 'protesters', 'air strike', 'killed', 'militants', 'police', 'shelling', 'residents', 'officials said', 'market', 'village', 'convoy', 'checkpoint', 'curfew'];

/** A small seeded PRNG (mulberry32): the same database every run (also the box-count property test's). */
export function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the analyses in memory and stores them through the store's own writer, in one transaction. */
export function generateEventsDb(path: string, events: number): { events: number; articles: number } {
  const store = new SqliteStore(path);
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const start = Date.parse('2015-01-01');
  const perArticle = 5;
  const articles = Math.ceil(events / perArticle);
  const analysisOf = (a: number): Analysis => {
    const [cc, lat0, lon0, cities] = pick(COUNTRIES);
    const city = pick(cities);
    const day = new Date(start + Math.floor(r() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const words = Array.from({ length: 30 }, () => pick(WORDS)).join(' ');
    const text = `${city}: ${words}. Gunmen attacked ${city} ${words}.`;
    const trigger = { start: text.indexOf('attacked'), end: text.indexOf('attacked') + 8, text: 'attacked' };
    const count = Math.min(perArticle, events - a * perArticle);
    const evs: ConflictEvent[] = Array.from({ length: count }, (_, e) => {
      const [type, subs] = pick(TYPES);
      const dead = r() < 0.45 ? 0 : Math.floor(Math.exp(r() * 5));
      const a1 = `Armed Group ${Math.floor(r() * 2000)}`;
      return {
        id: `V${e + 1}`, type: type as EventType, subType: pick(subs), trigger, date: { value: day, precision: 'day' },
        place: { text: city, entity: null, name: city, countryCode: cc, lat: lat0 + (r() - 0.5) * 4, lon: lon0 + (r() - 0.5) * 4 },
        actors: [{ text: a1, entity: null, role: 'actor1' }, { text: 'civilians', entity: null, role: 'actor2' }],
        fatalities: { value: dead, qualifier: 'exact', text: String(dead), includes: [] }, injured: null, claimedBy: null, sources: [], evidence: [trigger],
      };
    });
    return {
      schema: ANALYSIS_SCHEMA,
      article: { id: `a${a}`, url: `https://bench.example/a${a}`, title: `Violence in ${city}`, outlet: `Outlet ${a % 50}`, published: day, publishedFrom: 'input', language: 'en', text },
      entities: [], times: [], places: [], quotes: [], claims: [], events: evs, warnings: [],
    };
  };
  store.db.transaction(() => {
    for (let a = 0; a < articles; a++) store.saveSync(analysisOf(a), null);
  })();
  store.db.exec('ANALYZE');
  store.db.close();
  return { events, articles };
}
