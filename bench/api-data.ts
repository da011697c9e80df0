/**
 * A generated database for the API benchmark: N events in N/5 articles, written with direct
 * inserts in one transaction (the store's own tables; layers other than events left empty).
 * Deterministic (seeded), with skewed fatalities, 40 countries and 2,000 named actors.
 */
import { SqliteStore } from '../src/store/sqlite/store.js';

const TYPES: Array<[string, string[]]> = [
  ['Battles', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  ['Explosions/Remote violence', ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Suicide bomb']],
  ['Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Riots', ['Violent demonstration', 'Mob violence']],
  ['Strategic developments', ['Arrests', 'Looting/property destruction', 'Agreement']],
];
const COUNTRIES: Array<[string, number, number, string[]]> = [
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

/** A small seeded PRNG (mulberry32): the same database every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateEventsDb(path: string, events: number): { events: number; articles: number } {
  const store = new SqliteStore(path);
  const db = store.db;
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const article = db.prepare(`INSERT INTO articles (id, url, title, outlet, published, published_from, language, text, analysis, input, ingested_at)
    VALUES (?, ?, ?, ?, ?, 'input', 'en', ?, '{}', NULL, '2024-01-01')`);
  const event = db.prepare(`INSERT INTO events (article, id, type, sub_type, trigger_text, date, precision, place_name, country_code, admin1, lat, lon,
    fatalities, fatalities_qualifier, injured, injured_qualifier, claimed_by, evidence) VALUES (?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)`);
  const actor = db.prepare('INSERT INTO event_actors (article, event, role, text, entity, key, name, actor) VALUES (?, ?, ?, ?, NULL, ?, ?, NULL)');
  const start = Date.parse('2015-01-01');
  const perArticle = 5;
  const articles = Math.ceil(events / perArticle);
  db.transaction(() => {
    for (let a = 0; a < articles; a++) {
      const [cc, lat0, lon0, cities] = pick(COUNTRIES);
      const city = pick(cities);
      const day = new Date(start + Math.floor(r() * 3650) * 86_400_000).toISOString().slice(0, 10);
      const words = Array.from({ length: 30 }, () => pick(WORDS)).join(' ');
      const id = `a${a}`;
      article.run(id, `https://bench.example/${id}`, `Violence in ${city}`, `Outlet ${a % 50}`, day, `${city}: ${words}. ${city} ${words}.`);
      for (let e = 0; e < perArticle && a * perArticle + e < events; e++) {
        const [type, subs] = pick(TYPES);
        const dead = r() < 0.45 ? 0 : Math.floor(Math.exp(r() * 5));
        const vid = `V${e + 1}`;
        event.run(id, vid, type, pick(subs), 'attacked', day, city, cc, city, lat0 + (r() - 0.5) * 4, lon0 + (r() - 0.5) * 4, dead, 'exact', `${city}: ${words.slice(0, 80)}`);
        const a1 = `Armed Group ${Math.floor(r() * 2000)}`;
        actor.run(id, vid, 'actor1', a1, `name:ORG:${a1.toLowerCase()}`, a1);
        actor.run(id, vid, 'actor2', 'civilians', 'name:NORP:civilians', 'civilians');
      }
    }
  })();
  db.pragma('optimize');
  db.exec('ANALYZE');
  store.db.close();
  return { events, articles };
}
