import type { Server } from 'node:http';
import express from 'express';
import type { Logger } from '../log/logger.js';
import { securityHeaders } from '../web/security-headers.js';
import type { Metrics } from './metrics.js';
import { mountMetrics } from './mount-metrics.js';

/**
 * A worker without a web port (ROLE=worker) serves its metrics on METRICS_PORT: only GET /metrics, behind the
 * same token or loopback check as the web process's. Its counters (deliveries, job failures and lateness,
 * 429s) exist only in the process that ran the jobs.
 */
export async function serveWorkerMetrics(options: { metrics: Metrics; token: string | undefined; host: string; port: number; log: Logger }): Promise<{ server: Server; url: string }> {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  mountMetrics(app, options.metrics, options.token);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, options.host, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`;
  options.log.info(`edge /metrics (worker): ${options.token ? 'open: bearer token required (METRICS_TOKEN)' : 'open to this machine only'}, on port ${port}`);
  return { server, url };
}
