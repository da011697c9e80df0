import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamResponse } from '../../src/server/stream.js';

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

