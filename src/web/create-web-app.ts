import express, { type Express, type RequestHandler, type Router } from 'express';
import type { Redis } from 'ioredis';
import type { AppServices } from '../app/services.js';
import { checkHealth } from './check-health.js';
import { mountCalendarRoutes } from '../documents/calendar/mount-calendar-routes.js';
import { mountFileRoutes } from '../files/mount-file-routes.js';
import { adminBasicAuth, sameOriginWrites } from '../observability/admin-basic-auth.js';
import { QUEUE_DASHBOARD_PATH } from '../observability/create-queue-dashboard.js';
import { mountMetrics } from '../observability/mount-metrics.js';
import { sendBadRequest } from './bad-request.js';
import { handleWebError } from './handle-web-error.js';
import { securityHeaders } from './security-headers.js';

export interface WebAppParts {
  services: AppServices;
  redis: Redis;
  /** Bolt's receiver router with POST /slack/events, when Slack runs over HTTP. */
  slackRouter?: Router | undefined;
  /**
   * POST /api/messages, built in channels/teams so that no Bot Framework code lives here; absent (404) when
   * neither Teams nor the local console is on. `access` runs before the body is read (the loopback check),
   * `validate` after it is parsed (its shape).
   */
  teams?: { access: RequestHandler[]; validate: RequestHandler; handler: RequestHandler } | undefined;
  /** The queue dashboard (bull-board), mounted at /admin/queues behind basic auth; absent (404) without ADMIN_PASSWORD. */
  queueDashboard?: { router: Router; password: string } | undefined;
  /** Extra routes (the local console), mounted last. */
  extra?: ((app: Express) => void) | undefined;
}

/**
 * The HTTP surface: /healthz, /metrics (bearer token or loopback), /slack/events (Bolt verifies the signature),
 * /api/messages (Bot Framework) and, with ADMIN_PASSWORD, the queue dashboard at /admin/queues.
 */
export function createWebApp(parts: WebAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(parts.services.db, parts.redis);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });

  if (parts.services.metrics) mountMetrics(app, parts.services.metrics, parts.services.config.METRICS_TOKEN);
  if (parts.queueDashboard) app.use(QUEUE_DASHBOARD_PATH, adminBasicAuth(parts.queueDashboard.password), sameOriginWrites, parts.queueDashboard.router);

  // Bolt parses and verifies the raw body itself, so it is mounted before any body parser.
  if (parts.slackRouter) app.use(parts.slackRouter);

  if (parts.teams) app.post('/api/messages', ...parts.teams.access, express.json({ limit: '1mb' }), parts.teams.validate, parts.teams.handler);

  mountFileRoutes(app, parts.services);
  mountCalendarRoutes(app, parts.services);
  parts.extra?.(app);
  // Unknown routes get a short JSON 404 rather than Express's HTML page.
  app.use((_req, res) => {
    sendBadRequest(res, 404, 'not_found');
  });
  app.use(handleWebError(parts.services.log));
  return app;
}
