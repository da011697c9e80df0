/**
 * Single-word aliases that are ordinary English (or too generic) to stand for one actor:
 * the sources list "ARMY", "POLICE", "GOVERNMENT" ... as synonyms of a country's forces.
 */
export const ALIAS_STOPWORDS = new Set(
  `army military police government cabinet parliament congress senate court party front movement
  forces force troops soldiers rebels militants militia guard guards navy ministry council committee
  assembly union league alliance agency service commission authority administration regime junta
  command corps bank fund office department bureau media news radio television press state states
  opposition organization organisation group brigade brigades battalion unit units the national
  federal republic republican democrats democratic liberal labour labor green greens socialist
  communist people popular justice freedom unity independence revolution revolutionary islamic
  resistance liberation defence defense security intelligence border coast coastguard presidency
  president minister ministers premier chancellor king queen prince crown palace house white
  students workers farmers women youth children church mosque temple united international world global
  general central east west north south northern southern eastern western new free island foundation
  martyrs holding tigers elements spiders cobras ninjas outlaws royalists neutralists maidan olive insula falcon
  machete boogeymen yahweh aleph paradise tanzim jamiyat muhammed greenlanders tokelauan mavericks fortis emetic
  hotaru base centre center institute society association network project initiative coalition trust`
    .split(/\s+/)
    .filter(Boolean),
);
