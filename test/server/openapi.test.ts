import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/app.js';
import { toOpenApiPath } from '../../src/server/openapi.js';
import type { Store } from '../../src/store/types.js';

// The description is built from the route declarations; this checks the app really serves
// exactly what it describes (no undocumented route, no described route missing).
const emptyStore = { events: async () => ({ total: 0, items: [] }) } as unknown as Store;
const app = createApp({ store: emptyStore, webRoot: null });

test('every API route is described in /api/openapi.json, and every described route exists', async () => {
  const served = new Set(
    app.routes
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path === '/healthz' || r.path === '/metrics'))
      .map((r) => `${r.method.toLowerCase()} ${toOpenApiPath(r.path)}`),
  );
  const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  assert.equal(doc.openapi, '3.1.0');
  const described = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
  assert.deepEqual([...served].filter((r) => !described.has(r)), [], 'served but not described');
  assert.deepEqual([...described].filter((r) => !served.has(r)), [], 'described but not served');
  assert.ok(served.size >= 20, `only ${served.size} routes`);
});

test('described query parameters are the ones the route validates', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string }> }>> };
  const params = doc.paths['/api/events']!.get!.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  for (const name of params) {
    const res = await app.request(`/api/events?${name}=%%bad%%`);
    // a described parameter is known: it is either accepted or rejected for its value, never as unknown
    if (res.status === 400) assert.doesNotMatch(((await res.json()) as { error: string }).error, /unknown query parameter/, name);
  }
  const unknown = await app.request('/api/events?notDescribed=1');
  assert.equal(unknown.status, 400);
  assert.deepEqual(doc.paths['/api/entities/{key}']!.get!.parameters.map((p) => `${p.in}:${p.name}`), ['path:key']);
});
