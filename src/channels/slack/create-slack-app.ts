import { App, ExpressReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Request, RequestHandler, Router } from 'express';
import type { Config } from '../../config/load-config.js';
import type { Logger } from '../../log/logger.js';
import { authorizeOnce } from './authorize-once.js';

/** Set on each request before Bolt reads it; listeners count their answer budget from it (`arrived-at.ts`). */
const ARRIVED_AT = Symbol('saksgang.arrivedAt');
type StampedRequest = Request & { [ARRIVED_AT]?: number };

export interface SlackTransport {
  app: App;
  /** Mounted at /slack/events by the web server (HTTP mode only). */
  router?: Router;
  /** Socket Mode connects out to Slack; HTTP mode needs no start. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m) => log.debug(m.map(String).join(' ')),
    info: (...m) => log.info(m.map(String).join(' ')),
    warn: (...m) => log.warn(m.map(String).join(' ')),
    error: (...m) => log.error(m.map(String).join(' ')),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * The Bolt app: over HTTP (signed requests to /slack/events, verified by Bolt; a bad signature gets 401)
 * or over Socket Mode when SLACK_APP_TOKEN is set. Over HTTP, `options.guard` runs first (the web edge's checks). Listeners answer only after the handler ran
 * (`processBeforeResponse`), which keeps every turn within one request and its errors visible; each
 * listener answers within its budget (`run-slack-turn.ts`) counted from the request's arrival, stamped here.
 * `auth.test` runs once, not per request (`authorize-once.ts`).
 */
export function createSlackApp(config: Config, log: Logger, router: Router, options: { guard?: RequestHandler[] | undefined } = {}): SlackTransport {
  const clientOptions = config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL.endsWith('/') ? config.SLACK_API_URL : `${config.SLACK_API_URL}/` } : {};
  const logger = boltLogger(log);
  const authorize = authorizeOnce(config.SLACK_BOT_TOKEN!, clientOptions);
  if (config.slack.socketMode) {
    const app = new App({ authorize, appToken: config.SLACK_APP_TOKEN!, socketMode: true, logger, clientOptions });
    return {
      app,
      start: async () => {
        await app.start();
      },
      stop: async () => {
        await app.stop();
      },
    };
  }
  // Before Bolt's own route, so the stamp is taken before the body is read and its signature checked.
  router.use((req, _res, next) => {
    (req as StampedRequest)[ARRIVED_AT] = Date.now();
    next();
  });
  // The edge's own checks (timestamp window, body shape: `validate-slack-body.ts`) run before Bolt's route.
  if (options.guard) router.post('/slack/events', ...options.guard);
  const receiver = new ExpressReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET!,
    endpoints: '/slack/events',
    processBeforeResponse: true,
    router,
    logger,
    customPropertiesExtractor: (req) => ({ arrivedAt: (req as StampedRequest)[ARRIVED_AT] ?? Date.now() }),
  });
  const app = new App({ authorize, receiver, logger, clientOptions });
  return { app, router, start: async () => undefined, stop: async () => undefined };
}
