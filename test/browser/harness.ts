/**
 * Browser-test harness: builds the UI, serves a demo store on a free loopback port, and drives
 * Debian's chromium through playwright-core. Screenshots go to screenshots/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { packageRoot } from '../../src/paths.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM) ? false : `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`;
export const SCREENSHOTS = join(packageRoot, 'screenshots');

/** Build the UI from the current sources into a fresh folder of this test file's own. */
export function buildUi(): string {
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  const r = spawnSync(process.execPath, [join(packageRoot, 'scripts', 'build-web.mjs'), '--out', out], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the web UI failed: ${r.stderr || r.stdout}`);
  return out;
}

export interface Served {
  url: string;
  store: SqliteStore;
  close(): Promise<void>;
}

export async function serveStore(fill: (store: SqliteStore) => Promise<void>, options: Omit<AppOptions, 'store'> = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-browser-'));
  const store = new SqliteStore(join(dir, 'demo.db'));
  await fill(store);
  const app = createApp({ store, ...options });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
