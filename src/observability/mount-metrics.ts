import type { Express } from 'express';
import { metricsAccess } from './metrics-access.js';
import type { Metrics } from './metrics.js';

/** GET /metrics in Prometheus' text format, behind `metricsAccess`. */
export function mountMetrics(app: Express, metrics: Metrics, token: string | undefined): void {
  app.get('/metrics', metricsAccess(token), async (_req, res, next) => {
    try {
      const body = await metrics.registry.metrics();
      res.status(200).type(metrics.registry.contentType).set('Cache-Control', 'no-store').send(body);
    } catch (error) {
      next(error);
    }
  });
}
