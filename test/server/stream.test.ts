import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pages, streamResponse } from '../../src/server/stream.js';

async function* pieces(n: number): AsyncGenerator<string> {
  for (let i = 0; i < n; i++) yield `row ${i};`;
}

test('streamResponse joins small pieces into large chunks and loses none', async () => {
  const res = streamResponse(pieces(20_000), 'text/plain', 'rows.txt');
  assert.equal(res.headers.get('content-disposition'), 'attachment; filename="rows.txt"');
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for await (const chunk of res.body!) {
    chunks++;
    text += decoder.decode(chunk, { stream: true });
  }
  const expected = Array.from({ length: 20_000 }, (_, i) => `row ${i};`).join('');
  assert.equal(text, expected);
  assert.ok(chunks <= Math.ceil(expected.length / 65_536) + 1, `${chunks} chunks for ${expected.length} characters`);
});

test('streamResponse of nothing is an empty body', async () => {
  assert.equal(await streamResponse(pieces(0), 'text/plain').text(), '');
});

test('pages stops at max and at the first short page', async () => {
  const asked: Array<[number, number]> = [];
  const source = async (limit: number, offset: number) => {
    asked.push([limit, offset]);
    return { items: Array.from({ length: Math.max(0, Math.min(limit, 2500 - offset)) }, (_, i) => offset + i) };
  };
  const all: number[] = [];
  for await (const x of pages(source, 10_000)) all.push(x);
  assert.equal(all.length, 2500);
  assert.deepEqual(asked, [[1000, 0], [1000, 1000], [1000, 2000]]);
  const few: number[] = [];
  for await (const x of pages(source, 1500)) few.push(x);
  assert.equal(few.length, 1500);
});
