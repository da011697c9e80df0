/**
 * Readers for the geoparsing corpora in ../shared/data/geoparsing/data/Corpora:
 * LGL (lgl.xml) and TR-News (TR-News.xml): <article><text><![CDATA[..]]></text><toponyms>
 * <toponym><start/><end/><phrase/><gaztag geonameid><lat/><lon/>..</gaztag></toponym>;
 * GeoVirus (GeoVirus.xml): <article><text>..</text><locations><location><name/><start/>
 * <end/><lat/><lon/>. Toponyms without coordinates (LGL: no gaztag) are kept for span
 * scoring but not for geocoding, as CamCoder's evaluation did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}

export interface GeoDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

export const CORPORA = { lgl: 'lgl.xml', trnews: 'TR-News.xml', geovirus: 'GeoVirus.xml' } as const;
export type CorpusName = keyof typeof CORPORA;

export function readCorpus(dataDir: string, name: CorpusName): GeoDoc[] {
  const path = join(dataDir, 'data', 'Corpora', CORPORA[name]);
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`geoparse: cannot read ${path} (${(err as Error).message}); pass --data <geoparsing dir>`);
  }
  const docs: GeoDoc[] = [];
  const articles = xml.split(/<article[\s>]/).slice(1);
  articles.forEach((block, k) => {
    const text = textOf(block);
    if (text === null) throw new Error(`geoparse: ${path}: article ${k + 1} has no <text>`);
    const items = name === 'geovirus' ? block.split('<location>').slice(1) : block.split('<toponym>').slice(1);
    const toponyms = items.map((item) => toponymOf(item, text, name)).filter((t): t is GoldToponym => t !== null);
    docs.push({ id: /docid="([^"]+)"/.exec(block)?.[1] ?? String(k + 1), text, toponyms });
  });
  return docs;
}

function textOf(block: string): string | null {
  const cdata = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(block);
  if (cdata) return cdata[1]!;
  const plain = /<text>([\s\S]*?)<\/text>/.exec(block);
  return plain ? unescapeXml(plain[1]!) : null;
}

function toponymOf(item: string, text: string, corpus: CorpusName): GoldToponym | null {
  const tag = (t: string) => new RegExp(`<${t}>([\\s\\S]*?)</${t}>`).exec(item)?.[1] ?? null;
  const phrase = unescapeXml((corpus === 'geovirus' ? tag('name') : tag('phrase')) ?? '');
  // GeoVirus offsets are one past the name throughout; some TR-News articles drift by a
  // few characters. The phrase is the ground truth: take its nearest occurrence.
  const shift = corpus === 'geovirus' ? -1 : 0;
  const start = nearestOccurrence(text, phrase, Number(tag('start')) + shift);
  if (start < 0) return null;
  const lat = tag('lat');
  const lon = tag('lon');
  return {
    start, end: start + phrase.length, text: phrase,
    lat: lat === null || lat === '' ? null : Number(lat),
    lon: lon === null || lon === '' ? null : Number(lon),
  };
}

const REALIGN_WINDOW = 300;

function nearestOccurrence(text: string, phrase: string, at: number): number {
  if (!phrase) return -1;
  if (text.startsWith(phrase, at)) return at;
  for (let d = 1; d <= REALIGN_WINDOW; d++) {
    if (text.startsWith(phrase, at - d)) return at - d;
    if (text.startsWith(phrase, at + d)) return at + d;
  }
  return -1;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
