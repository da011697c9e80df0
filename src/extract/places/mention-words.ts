/** Word lists the mention finder reads; each says which mistake it prevents. */
import type { PlaceKind } from '../../model/analysis.js';

// Lower-case words that may sit inside a place name ("Bosnia and Herzegovina", "Rio de Janeiro").
export const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'al', 'el', 'upon', 'on', 'du', 'des', 'and', 'the', 'da', 'do', 'dos', 'das', 'y', 'en', 'sur', 'am', 'an', 'im', '-', "'", '.', '&']);

// Capitalised words before a place that do not make it part of a longer name ("Northeast Georgia").
export const FREE_BEFORE = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeast', 'northwest',
  'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'greater', 'upper', 'lower', 'downtown', 'rural', 'the', 'in', 'at', 'near', 'from',
  'to', 'and', 'but', 'a', 'an', 'as', 'on', 'across', 'outside', 'inside', 'for', 'by', 'with', 'while', 'when',
  'after', 'before', 'since', 'like', 'of', 'if', 'both', 'all', 'neighbouring', 'neighboring', 'nearby', 'war-torn',
  'capital', 'rebel-held', 'most', 'many', 'some', 'across', 'throughout', 'across', 'acting', 'then', 'said',
]);

// Head words of organisations and facilities named after a place: "Texas Department of
// Health", "Athens Police Department", "U.S. Attorney". The place inside still counts.
export const ORG_HEADS = new Set([
  'department', 'police', 'sheriff', 'sheriffs', "sheriff's", 'fire', 'county', 'city', 'state', 'university', 'college',
  'school', 'schools', 'high', 'elementary', 'council', 'board', 'society', 'association', 'house', 'senate',
  'attorney', 'public', 'environmental', 'hospital', 'medical', 'center', 'centre', 'airport', 'government', 'army',
  'navy', 'embassy', 'court', 'supreme', 'district', 'commission', 'authority', 'agency', 'office', 'ministry',
  'congress', 'parliament', 'legislature', 'general', 'assembly', 'chamber', 'club', 'museum', 'library', 'zoo',
  'port', 'harbor', 'harbour', 'bureau', 'service', 'services', 'utilities', 'health', 'emergency', 'community',
  'regional', 'municipal', 'township', 'mayor', 'governor', 'clerk', 'commissioner', 'commissioners', 'treasurer',
  'jail', 'detention', 'prison', 'station', 'church', 'cathedral', 'mosque', 'temple', 'festival', 'fair', 'marathon',
  'symphony', 'chapter', 'branch', 'division', 'forces', 'military', 'guard', 'national', 'stadium', 'arena',
]);

// Street words: "Dublin Road" is a street, not Dublin.
export const STREET_WORDS = new Set(['road', 'rd', 'street', 'st', 'avenue', 'ave', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'way', 'highway', 'hwy', 'parkway', 'pkwy', 'court', 'ct', 'place', 'pl', 'circle', 'terrace', 'pike', 'trail', 'square']);

// Month and weekday names that are also towns ("March", "August", "Friday").
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'god', 'jesus', 'christ',
]);

// Words capitalised at a sentence's start or in a title that are also (tiny) towns: pronouns
// ("We" = Wé), discourse words of interviews ("Well, I think"), time zones ("5:30 a.m. EST").
export const NOT_PLACE_WORDS = new Set([
  'we', 'he', 'she', 'they', 'you', 'it', 'i', 'well', 'see', 'ask', 'so', 'yes', 'now', 'okay', 'oh', 'please', 'thanks',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'cet', 'cest', 'bst',
]);

// Unit words after a name and the kind they ask for.
export const UNIT_WORDS: Record<string, PlaceKind> = {
  province: 'admin1', governorate: 'admin1', oblast: 'admin1', state: 'admin1', region: 'admin1', prefecture: 'admin1',
  district: 'admin2', county: 'admin2', parish: 'admin2', municipality: 'admin2', borough: 'admin2', department: 'admin2',
  city: 'city', town: 'city', village: 'city',
};

// Generic geographic words that are also (tiny) town names: alone they never name a place.
export const GENERIC_PLACE_WORDS = new Set([
  'metro', 'lake', 'river', 'island', 'bay', 'valley', 'park', 'beach', 'mount', 'fort', 'harbor', 'hill', 'hills',
  'creek', 'springs', 'falls', 'point', 'ridge', 'heights', 'village', 'town', 'borough', 'township', 'commerce',
  'industry', 'union', 'liberty', 'independence', 'victory', 'progress', 'unity', 'reform', 'justice',
  // Heavenly bodies: "the orbit of Neptune" is not Neptune City, "Mars" not Mars, Pennsylvania.
  'earth', 'sun', 'moon', 'mercury', 'venus', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune', 'pluto',
]);

// Last words that make an unknown multi-word name a place ("Grenada Street", "Cotton Tree Camp").
export const PLACE_HEADS = new Set([
  'street', 'road', 'avenue', 'square', 'bridge', 'airport', 'port', 'harbour', 'harbor', 'camp', 'valley', 'river',
  'lake', 'mountain', 'mountains', 'hill', 'hills', 'island', 'islands', 'peninsula', 'desert', 'forest', 'park',
  'zone', 'district', 'province', 'county', 'region', 'village', 'town', 'city', 'crossing', 'checkpoint', 'border',
  'base', 'airbase', 'hospital', 'prison', 'mosque', 'church', 'market', 'station', 'plant', 'dam', 'field', 'fields',
  'strip', 'bank', 'heights', 'gulf', 'sea', 'ocean', 'bay', 'coast', 'canal', 'pass', 'plain', 'plateau', 'basin',
]);
