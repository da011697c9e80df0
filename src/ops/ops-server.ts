/** /healthz and /metrics for a process that is not the API server (the ingest worker). */
import { createServer, type Server } from 'node:http';
import type { Metrics } from './metrics.js';

export function startOpsServer(metrics: Metrics, options: { port: number; host?: string; healthy: () => Promise<boolean> }): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      if (req.url === '/healthz') {
        const ok = await options.healthy();
        res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok }));
      } else if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(await metrics.render());
      } else {
        res.writeHead(404).end();
      }
    } catch (e) {
      res.writeHead(500).end((e as Error).message);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve(server));
  });
}
