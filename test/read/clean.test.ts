import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../../src/read/clean.js';

const STORY_A = 'Soldiers and rebels fought for hours near the border town on Friday, residents said.';
const STORY_B = '“We could hear the shelling all night,” said Amina Yusuf, a teacher — she added that schools had closed.';

function removedReasons(raw: string): string[] {
  return cleanText(raw).messages.map((m) => m.reason);
}

test('paragraphs are separated by exactly one blank line and wrapped lines are joined', () => {
  const { text } = cleanText(`  ${STORY_A}\r\nSecond line of the same paragraph.\r\n\r\n\r\n\t${STORY_B}  \n`);
  assert.equal(text, `${STORY_A} Second line of the same paragraph.\n\n${STORY_B}`);
});

test('Unicode is NFC and odd spaces are plain spaces; curly quotes and dashes are kept', () => {
  const decomposed = 'Jala\u0304la\u0304ba\u0304d\u00a0province\u200b — “quoted”';
  const { text } = cleanText(decomposed);
  assert.equal(text, 'Jalālābād province — “quoted”');
  assert.equal(text, text.normalize('NFC'));
});

const BOILERPLATE: Array<[string, RegExp]> = [
  ['Share on Facebook', /share or navigation prompt/],
  ['Follow us on Twitter', /share or navigation prompt/],
  ['Sign up for our newsletter', /share or navigation prompt/],
  ['Read more: Why the talks collapsed', /"read more" link/],
  ['READ MORE: Ten years of conflict', /"read more" link/],
  ['Also read: Who leads the group?', /"read more" link/],
  ['Related: Timeline of the crisis', /"read more" link/],
  ['Photo: Reuters', /photo caption or credit/],
  ['(Getty Images)', /photo caption or credit/],
  ['Image caption Mourners gather outside the hospital', /photo caption or credit/],
  ['Firefighters at the scene on Monday. (Photo by Ana Ruiz / AFP)', /photo caption or credit/],
  ['12 March 2023, 14:05 GMT', /stray date-and-time line/],
  ['March 12, 2023 2:05 PM', /stray date-and-time line/],
  ['Updated: 2023-03-12 14:05', /stray date-and-time line/],
  ['* Tatmadaw: the official name of the Myanmar armed forces.', /editorial footnote/],
  ['Posted: Fri 6:45 PM, Feb 16, 2018 |', /stray date-and-time line/],
  ['Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM', /stray date-and-time line/],
  ['By Justine Mbeki - 11/18/19 11:04 PM EST', /byline/],
  ['By Jane Doe and John Roe', /byline/],
  ['Comments', /widget label/],
  ['Image 3 of 12', /widget label/],
  ['This slideshow requires JavaScript.', /widget label/],
  ['You may also like...', /"read more" link/],
  ['[Related: Ceasefire talks stall again]', /"read more" link/],
  ['Alex Wong | Getty Images', /photo caption or credit/],
];

test('each kind of boilerplate line is removed and recorded as a clean message', () => {
  for (const [line, reason] of BOILERPLATE) {
    const raw = `${STORY_A}\n\n${line}\n\n${STORY_B}`;
    const { text, messages } = cleanText(raw);
    assert.equal(text, `${STORY_A}\n\n${STORY_B}`, `"${line}" should be removed`);
    assert.equal(messages.length, 1, line);
    assert.equal(messages[0]!.rule, 'clean');
    assert.match(messages[0]!.reason, reason, line);
    assert.ok(messages[0]!.reason.includes(line.slice(0, 20)), 'the message quotes what was removed');
  }
});

test('a boilerplate line inside a paragraph goes, the paragraph stays', () => {
  const { text } = cleanText(`${STORY_A}\nShare on X\n${STORY_B}`);
  assert.equal(text, `${STORY_A} ${STORY_B}`);
});

const STORY_LINES = [
  'Officials said they would read more of the documents before deciding.',
  'Related talks in Geneva ended without agreement on Tuesday, diplomats said.',
  'A photo of the suspect was shared by police on Monday, and several people came forward.',
  'The ceasefire took effect on 12 March 2023, at 14:05 GMT, the army said.',
  '“Share the burden,” he told the crowd, which chanted back.',
  'He said the images, taken by a local photographer (AFP), showed the damage.',
  'Follow-up talks are planned for next week, the ministry said.',
  '*Corrected the name of the district in the third paragraph*',
  'Subscribers to the water scheme protested outside the office.',
  'Readers were told that 40 people died, according to the health ministry.',
  'Hostage swap',
  'The patients’ electronic record (ePA) is still not in use.',
  'A company spokesperson declined to comment to Reuters.',
  '5040',
  '4:14 p.m.',
  'By Monday, the rebels had retreated from 3 towns.',
  '*Only the first 12 teams qualify for the final round.',
  'Sign up for the bundle using the same email as your account',
];

test('story sentences that mention the same words are never removed', () => {
  for (const line of STORY_LINES.filter((l) => !l.startsWith('*'))) {
    const { text, messages } = cleanText(`${STORY_A}\n\n${line}`);
    assert.equal(text, `${STORY_A}\n\n${line}`, `"${line}" must be kept`);
    assert.deepEqual(messages, []);
  }
});

test('cleaning is idempotent', () => {
  const once = cleanText(`${STORY_A}\n\nRead more: x\n\n${STORY_B}\n\nPhoto: AFP`).text;
  assert.equal(cleanText(once).text, once);
});

test('the headline repeated as the first paragraph is dropped, a different first line is kept', async () => {
  const { dropRepeatedHeadline } = await import('../../src/read/clean.js');
  const cleaned = cleanText(`Floods Force Families From Homes\n\n${STORY_A}`);
  assert.equal(dropRepeatedHeadline(cleaned, 'Floods force families from homes').text, STORY_A);
  assert.equal(dropRepeatedHeadline(cleaned, 'Another title').text, cleaned.text);
  const single = cleanText('Floods force families from homes');
  assert.equal(dropRepeatedHeadline(single, 'Floods force families from homes').text, single.text, 'never empties the body');
});
