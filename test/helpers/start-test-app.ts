import { randomBytes } from 'node:crypto';
import { createApp, type AppOptions, type RunningApp } from '../../src/app/create-app.js';
import { loadConfig } from '../../src/config/load-config.js';
import { silentLogger } from '../../src/log/logger.js';
import { startFakeConnector, type FakeConnector } from './fake-connector.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const SLACK_SECRET = 'test-signing-secret-0123456789';

export interface TestApp {
  app: RunningApp;
  url: string;
  db: TestDatabase;
  slack: FakeSlackApi;
  connector: FakeConnector;
  close(): Promise<void>;
}

/**
 * The whole application as it runs in production, against real PostgreSQL (a fresh schema) and Redis (a
 * fresh queue prefix), with Slack's Web API and the Bot Framework connector replaced by local fakes at the
 * HTTP edge. Nothing of our own code is faked.
 */
export async function startTestApp(options: { env?: Record<string, string>; app?: AppOptions } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const slack = await startFakeSlackApi();
  const connector = await startFakeConnector();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_URL: process.env.TEST_REDIS_URL,
    QUEUE_PREFIX: `test_${randomBytes(5).toString('hex')}`,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_API_URL: slack.url,
    TEAMS_SERVICE_URL: connector.url,
    WORKFLOWS_DIR: './workflows',
    // Teams without tokens is served only to this machine, with the local console on (its routes are not mounted here).
    CONSOLE: 'on',
    // Pacing at the platforms' real limits (1 message a second per channel) would only slow tests that are
    // about something else; test/integration/outbox/pace-delivery.test.ts sets the limits it tests.
    PACE_SLACK_PER_SECOND: '1000',
    PACE_SLACK_CHANNEL_PER_SECOND: '1000',
    PACE_TEAMS_PER_SECOND: '1000',
    PACE_TEAMS_CONVERSATION_PER_SECOND: '1000',
    ...options.env,
  });
  const app = await createApp(config, { database: db, log: silentLogger, ...options.app });
  return {
    app,
    url: app.url!,
    db,
    slack,
    connector,
    async close() {
      await app.queue.obliterate({ force: true }).catch(() => undefined);
      await app.close();
      await Promise.all([slack.close(), connector.close()]);
      await db.close();
    },
  };
}

/** Polls until `check` returns a truthy value or the time is up (jobs run asynchronously in the worker). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
