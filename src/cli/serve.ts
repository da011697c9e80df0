/** `newsgraph serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T] [--workers N]` */
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { openStore, resolveDbLocation } from '../store/index.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';

export const serveHelp = `Usage: newsgraph serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token TOKEN] [--workers N] [--cache N]

Serves the HTTP API (/api/, described at /api/openapi.json) and the web UI on one port.
  --db LOCATION   database (default: $NEWSGRAPH_DB or newsgraph.db)
  --port N        port (default 8080; 0 picks a free one)
  --host H        address to bind (default 127.0.0.1: this machine only)
  --token T       enables POST /api/ingest for requests carrying "Authorization: Bearer T"
                  (default: $NEWSGRAPH_TOKEN; without a token the server is read-only)
  --workers N     read-only server processes sharing the port (default 1); SQLite queries are
                  synchronous, so N processes answer N requests at once. Not with --token:
                  ingest and incident fusion need one writer
  --cache N       answers kept per process for repeated requests (default: $NEWSGRAPH_API_CACHE
                  or 500; 0 turns it off). SQLite only; any write to the database, by this or
                  another process, empties it`;

export async function serveCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.options.help) {
    console.log(serveHelp);
    return 0;
  }
  if (args.positionals.length) throw new UsageError(`serve takes no positional arguments, got '${args.positionals[0]}'`);
  const port = intOption(args, 'port', 8080);
  if (port > 65535) throw new UsageError(`--port expects 0-65535, got ${port}`);
  const host = stringOption(args, 'host') ?? '127.0.0.1';
  const token = stringOption(args, 'token') ?? process.env.NEWSGRAPH_TOKEN;
  if (token !== undefined && token.length < 8) throw new UsageError('--token must be at least 8 characters');
  const workers = intOption(args, 'workers', 1);
  const cacheEntries = args.options.cache === undefined ? undefined : intOption(args, 'cache', 500);
  if (workers > 1 && token) throw new UsageError('--workers above 1 serves read-only; drop --token (ingest and fusion need one writer) or use --workers 1');
  const location = resolveDbLocation(stringOption(args, 'db'));
  if (workers > 1 && cluster.isPrimary) return runWorkers(workers, location);
  const store = await openStore(location, { readonly: cluster.isWorker });
  const app = createApp({ store, token, cacheEntries });
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    if (cluster.isWorker) return; // the primary prints the address once
    const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
    console.log(`newsgraph serve: http://${shown}:${info.port}/  (API: /api/openapi.json${token ? '; ingest enabled' : '; read-only'})`);
  });
  const code = await new Promise<number>((resolve) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      const why = e.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use; pass --port with another number (0 picks a free one)` : e.message;
      console.error(`newsgraph serve: cannot listen: ${why}`);
      resolve(1);
    });
    const stop = () => {
      server.close(() => resolve(0));
      // browsers keep idle connections open; do not wait for them to time out
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  // a cluster worker's IPC channel keeps it alive: let go of it so the process can end
  if (cluster.isWorker) cluster.worker!.disconnect();
  return code;
}

/** The primary of a multi-process server: migrate once, fork read-only workers, print the address, stop them together. */
async function runWorkers(count: number, location: string): Promise<number> {
  (await openStore(location)).close(); // create or migrate the schema before read-only workers open it
  let printed = false;
  cluster.on('listening', (_worker, address) => {
    if (printed) return;
    printed = true;
    const host = address.address && address.address.includes(':') ? `[${address.address}]` : address.address ?? '127.0.0.1';
    console.log(`newsgraph serve: http://${host}:${address.port}/  (API: /api/openapi.json; read-only; ${count} workers)`);
  });
  const workers = Array.from({ length: count }, () => cluster.fork());
  return new Promise<number>((resolve) => {
    let alive = count;
    let failed = false;
    for (const w of workers) {
      w.on('exit', (code) => {
        if (code) failed = true;
        if (--alive === 0) resolve(failed ? 1 : 0);
      });
    }
    const stop = () => workers.forEach((w) => w.process.kill('SIGTERM'));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
