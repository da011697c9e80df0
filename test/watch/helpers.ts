/** Loopback HTTP servers and small feeds for the watch tests (no network beyond 127.0.0.1). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { ReadItem } from '../../src/read/index.js';
import type { Sink } from '../../src/watch/sink.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function serve(routes: Record<string, Handler>): Promise<{ base: string; requests: IncomingMessage[]; close: () => Promise<void> }> {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    const handler = routes[req.url ?? ''];
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export interface FeedItemSpec {
  link: string;
  title: string;
  body: string;
}

export function rss(title: string, items: FeedItemSpec[]): string {
  const entries = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate><description>${i.body}</description></item>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>${title}</title><link>http://example.test/</link>\n${entries}\n</channel></rss>`;
}

/** A sink that only records what it was given: the fetch and bookkeeping logic without the NLP. */
export function recordingSink(): Sink & { delivered: ReadItem[] } {
  const delivered: ReadItem[] = [];
  return {
    delivered,
    async deliver(items) {
      delivered.push(...items);
      const failed = new Map(items.filter((i) => !i.ok).map((i) => [(i as { origin: string }).origin, (i as { error: string }).error]));
      return { ingested: items.length - failed.size, duplicates: 0, failed };
    },
  };
}

export function tempStore(): SqliteStore {
  return new SqliteStore(join(mkdtempSync(join(tmpdir(), 'ng-watch-')), 'watch.db'));
}

export const urlsOf = (items: ReadItem[]) => items.map((i) => (i.ok ? i.input.url : `error:${i.origin}`));
