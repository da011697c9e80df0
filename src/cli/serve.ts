/** `newsgraph serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T]` */
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';
import { openStore, resolveDbLocation } from '../store/index.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';

export const serveHelp = `Usage: newsgraph serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token TOKEN]

Serves the HTTP API (/api/, described at /api/openapi.json) and the web UI on one port.
  --db LOCATION   database (default: $NEWSGRAPH_DB or newsgraph.db)
  --port N        port (default 8080; 0 picks a free one)
  --host H        address to bind (default 127.0.0.1: this machine only)
  --token T       enables POST /api/ingest for requests carrying "Authorization: Bearer T"
                  (default: $NEWSGRAPH_TOKEN; without a token the server is read-only)`;

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
  const store = await openStore(resolveDbLocation(stringOption(args, 'db')));
  const app = createApp({ store, token });
  const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
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
  return code;
}
