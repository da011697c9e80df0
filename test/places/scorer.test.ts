/** The geoparse scorer's arithmetic and corpus reading, on numbers and XML we made up. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoScores } from '../../eval/geoparse.js';
import { readCorpus } from '../../eval/geoparse-corpora.js';
import { distanceKm } from '../../src/extract/places/geo.js';

test('acc@161, mean, median and AUC follow Gritta et al.', () => {
  const s = geoScores([0, 100, 200, 20039]);
  assert.equal(s.acc161, 0.5);
  assert.equal(s.medianKm, 150);
  assert.equal(s.meanKm, Math.round(((0 + 100 + 200 + 20039) / 4) * 10) / 10);
  const logs = [0, 100, 200, 20039].map((e) => Math.log(e + 1));
  const area = (logs[0]! + logs[1]!) / 2 + (logs[1]! + logs[2]!) / 2 + (logs[2]! + logs[3]!) / 2;
  assert.ok(Math.abs(s.auc - area / (Math.log(20039) * 3)) < 1e-4);
  assert.equal(geoScores([0, 0, 0]).auc, 0);
});

test('great-circle distance: one degree of latitude is about 111 km', () => {
  assert.ok(Math.abs(distanceKm(10, 20, 11, 20) - 111.2) < 0.5);
  assert.equal(distanceKm(5, 5, 5, 5), 0);
});

test('the corpus reader takes each phrase at its nearest occurrence and shifts GeoVirus by one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geoparse-'));
  mkdirSync(join(dir, 'data', 'Corpora'), { recursive: true });
  const text = 'Rain fell on Lyon and on Nantes.';
  // GeoVirus style: offsets one past the name, XML-escaped text.
  writeFileSync(join(dir, 'data', 'Corpora', 'GeoVirus.xml'),
    `<articles><article><text>${text}</text><locations><location><name>Lyon</name><start>14</start><end>18</end><lat>45.75</lat><lon>4.85</lon></location></locations></article></articles>`);
  // LGL style: CDATA text; the second toponym's offset drifts by two characters.
  writeFileSync(join(dir, 'data', 'Corpora', 'lgl.xml'),
    `<articles><article docid="7"><text><![CDATA[${text}]]></text><toponyms><toponym><start>13</start><end>17</end><phrase>Lyon</phrase><gaztag geonameid="1"><lat>45.75</lat><lon>4.85</lon></gaztag></toponym><toponym><start>27</start><end>33</end><phrase>Nantes</phrase></toponym></toponyms></article></articles>`);
  const [gv] = readCorpus(dir, 'geovirus');
  assert.deepEqual(gv!.toponyms.map((t) => [t.start, t.text, t.lat]), [[13, 'Lyon', 45.75]]);
  const [lgl] = readCorpus(dir, 'lgl');
  assert.equal(lgl!.id, '7');
  assert.deepEqual(lgl!.toponyms.map((t) => [t.start, t.text, t.lat]), [[13, 'Lyon', 45.75], [25, 'Nantes', null]]);
});
