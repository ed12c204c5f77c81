import type { Server } from 'node:http';
import { Queue, type Worker } from 'bullmq';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import type { Gateways } from '../channels/gateway.js';
import type { SlackTransport } from '../channels/slack/create-slack-app.js';
import { configSecrets } from '../config/config-secrets.js';
import type { Config } from '../config/load-config.js';
import { Dispatcher } from '../conversation/dispatch.js';
import { rememberConversationReference } from '../conversation/remember-conversation-reference.js';
import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { loadCycles } from '../cycles/load-cycles.js';
import { configurePortfolioCommittee } from '../access/portfolio-committee.js';
import { resyncMeetings } from '../meetings/resync-meetings.js';
import { openDatabase, type Database } from '../db/open-database.js';
import { jobRegistry } from '../jobs/job-registry.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { QUEUE_NAME } from '../jobs/queue-name.js';
import { startJobSweep } from '../jobs/start-job-sweep.js';
import { startWorker } from '../jobs/start-worker.js';
import { createLogger, type Logger } from '../log/logger.js';
import { createMetrics } from '../observability/metrics.js';
import { createQueueDashboard } from '../observability/create-queue-dashboard.js';
import { serveWorkerMetrics } from '../observability/serve-worker-metrics.js';
import { notifyDeliveryFailure } from '../outbox/notify-delivery-failure.js';
import { createDeliveryPacer } from '../outbox/pace-delivery.js';
import { connectRedis } from '../redis/connect-redis.js';
import { requireLoopback } from '../console/require-loopback.js';
import { createWebApp } from '../web/create-web-app.js';
import { describeEdges } from '../web/describe-edges.js';
import { validateSlackBody } from '../web/validate-slack-body.js';
import { registerHandlers } from './register-handlers.js';
import type { AppServices } from './services.js';

export interface AppOptions {
  /** An open database; otherwise one is opened (and migrated) from the configuration. */
  database?: Database;
  log?: Logger;
  clock?: () => Date;
  /** Listen on PORT (0 picks a free port). Default: when ROLE is all or web. */
  listen?: boolean;
  /** Run the job worker. Default: when ROLE is all or worker. */
  worker?: boolean;
  /** How often the worker's sweep queues pending jobs Redis lacks (default `JOB_SWEEP_INTERVAL_MS`). */
  jobSweepMs?: number;
  /** How long after a Slack request's arrival it is answered, with "working on it" if need be (tests shorten it). */
  slackAnswerBudgetMs?: number;
  /** Extra routes (the local console) added to the web app. */
  extraRoutes?: (app: Express, services: AppServices) => void;
  /** The Teams serviceUrl for messages the bot starts, from the app's own base URL (the local console's connector). */
  teamsServiceUrl?: ((baseUrl: string) => string) | undefined;
}

export interface RunningApp {
  config: Config;
  services: AppServices;
  registry: HandlerRegistry;
  web: Express;
  queue: Queue;
  redis: Redis;
  worker: Worker | null;
  server: Server | null;
  /** The base URL the server listens on, when it listens. */
  url: string | null;
  /** A worker without a web port that serves /metrics on METRICS_PORT: that base URL. */
  metricsUrl: string | null;
  close(): Promise<void>;
}

/** Builds the whole application from a parsed configuration; used by `main.ts` and by the tests. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<RunningApp> {
  const log = options.log ?? createLogger({ level: config.LOG_LEVEL, secrets: configSecrets(config) });
  const clock = options.clock ?? (() => new Date());
  const database = options.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  const cycles = await loadCycles(config.WORKFLOWS_DIR);
  configurePortfolioCommittee(cycles.portfolio.committee);
  const redis = connectRedis(config.REDIS_URL);
  const queue = new Queue(QUEUE_NAME, { connection: redis, prefix: config.QUEUE_PREFIX });
  const jobs = new JobScheduler(queue, database.prisma, clock);

  // Each platform's SDK is loaded only when that platform is configured (a Slack-only bot never loads botbuilder).
  const gateways: Gateways = {};
  const slackChannel = config.slack.enabled ? (await import('../channels/slack/start-slack.js')).startSlack(config, log) : null;
  if (slackChannel) gateways.slack = slackChannel.gateway;
  const teamsGatewayOptions = {
    appId: config.MICROSOFT_APP_ID ?? '',
    tenantId: config.MICROSOFT_APP_TENANT_ID,
    serviceUrl: options.teamsServiceUrl ? options.teamsServiceUrl(`http://127.0.0.1:${config.PORT}`) : config.TEAMS_SERVICE_URL,
    rememberConversation: (personId: string, reference: object) => rememberConversationReference(database.prisma, { kind: 'person', personId, reference }),
  };
  const teamsChannel = config.teams.enabled ? (await import('../channels/teams/start-teams.js')).startTeams(config, log, teamsGatewayOptions) : null;
  if (teamsChannel) gateways.teams = teamsChannel.gateway;

  const jobHandlers = jobRegistry();
  const metrics = createMetrics({ db: database.prisma, queue, clock, jobNames: [...jobHandlers.keys()] });
  const services: AppServices = { config, db: database.prisma, log, clock, jobs, gateways, cycles, metrics };
  services.notifyDeliveryFailure = (deliveryId, reason) => notifyDeliveryFailure(services, deliveryId, reason);
  services.pacer = createDeliveryPacer(redis, config.QUEUE_PREFIX);

  const registry = registerHandlers();
  const dispatcher = new Dispatcher(registry);

  let slack: SlackTransport | null = null;
  if (slackChannel) {
    const guard = config.slack.socketMode ? undefined : validateSlackBody({ signingSecret: config.SLACK_SIGNING_SECRET!, known: registry });
    slack = await slackChannel.start(services, dispatcher, { guard, budgetMs: options.slackAnswerBudgetMs });
  }
  const web = createWebApp({
    services,
    redis,
    slackRouter: slack?.router,
    // Open only when authenticated (Bot Framework tokens) or for this machine alone (the local console).
    teams: teamsChannel?.route(services, dispatcher, registry, config.teams.authenticated ? [] : [requireLoopback]),
    queueDashboard: config.ADMIN_PASSWORD
      ? { router: await createQueueDashboard(queue, { write: config.ADMIN_QUEUES_WRITE === 'on' }), password: config.ADMIN_PASSWORD }
      : undefined,
    extra: options.extraRoutes ? (app) => options.extraRoutes!(app, services) : undefined,
  });

  const runWorker = options.worker ?? config.ROLE !== 'web';
  const workerRedis = runWorker ? connectRedis(config.REDIS_URL) : null;
  const worker = workerRedis ? startWorker(services, jobHandlers, workerRedis) : null;
  const stopJobSweep = runWorker ? await startJobSweep(services, jobHandlers, { intervalMs: options.jobSweepMs }) : null;
  // A cycle file changed since the last start moves the future jobs of upcoming meetings.
  if (runWorker) await resyncMeetings(services);

  const listen = options.listen ?? config.ROLE !== 'worker';
  let server: Server | null = null;
  let url: string | null = null;
  if (listen) {
    server = await new Promise<Server>((resolve, reject) => {
      const s = web.listen(config.PORT, config.HOST, () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
    // The gateway reads its serviceUrl per call, so the port picked at listen (PORT=0) is used from here on.
    if (options.teamsServiceUrl) teamsGatewayOptions.serviceUrl = options.teamsServiceUrl(url);
    for (const line of describeEdges(config)) log.info(line);
  }
  const workerMetrics =
    !listen && config.METRICS_PORT !== undefined
      ? await serveWorkerMetrics({ metrics, token: config.METRICS_TOKEN, host: config.HOST, port: config.METRICS_PORT, log })
      : null;

  return {
    config,
    services,
    registry,
    web,
    queue,
    redis,
    worker,
    server,
    url,
    metricsUrl: workerMetrics?.url ?? null,
    async close() {
      await stopJobSweep?.();
      if (workerMetrics) await new Promise<void>((resolve) => workerMetrics.server.close(() => resolve()));
      if (server) await closeServer(server);
      await slack?.stop();
      if (worker) await worker.close();
      workerRedis?.disconnect();
      await queue.close();
      redis.disconnect();
      if (!options.database) await database.close();
    },
  };
}

/**
 * How long a closing server lets requests in flight finish before it drops the connections still open. Without
 * it, a console page left open (it asks for news every second on a kept-alive connection) holds the close forever.
 */
const CLOSE_GRACE_MS = 2_000;

/** Stops taking connections, lets idle ones go at once and requests in flight finish, then drops what is left. */
async function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
  try {
    await closed;
  } finally {
    clearTimeout(timer);
  }
}
