import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../../../src/app/create-app.js';
import { silentLogger } from '../../../src/log/logger.js';
import { createPeople, queueDirectMessages } from '../../helpers/fan-out-deliveries.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

const N = 120;
// A short job lock: the dead worker's fan-out job moves to the new worker in seconds, not the default half minute.
const PACE = { PACE_SLACK_PER_SECOND: '40', PACE_SLACK_CHANNEL_PER_SECOND: '1', JOB_LOCK_MS: '3000' };

let t: TestApp | undefined;
let child: ChildProcess | undefined;
let restarted: RunningApp | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await restarted?.close();
  await t?.close();
  child = restarted = t = undefined;
});

/** The worker as production runs it (`ROLE=worker`), in a process of its own that the test can kill. */
function spawnWorker(app: TestApp): ChildProcess {
  // `node --import tsx`, not the tsx wrapper: the wrapper runs the app in a grandchild that SIGKILL would miss.
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ROLE: 'worker',
      PORT: '0',
      DATABASE_URL: app.db.url,
      REDIS_URL: process.env.TEST_REDIS_URL,
      QUEUE_PREFIX: app.app.config.QUEUE_PREFIX,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_API_URL: app.slack.url,
      TEAMS_SERVICE_URL: app.connector.url,
      WORKFLOWS_DIR: './workflows',
      CONSOLE: 'off',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      ...PACE,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

describe('a worker killed with SIGKILL in the middle of a fan-out', () => {
  it('is restarted and delivers every message exactly once on Slack, finding the posts whose answers it lost', async () => {
    t = await startTestApp({ env: { ROLE: 'web', ...PACE } });
    t.slack.limitRate({ perSecond: 40, perChannelPerSecond: 1 });
    const people = await createPeople(t.db.prisma, N, { tag: 'K' });
    const ids = await queueDirectMessages(t.app.services, people, 'kill');
    const posted = () => people.reduce((sum, p) => sum + t!.slack.historyOf(p.channel).length, 0);

    child = spawnWorker(t);
    await waitFor(() => posted() >= N / 3, 90_000, 'a third of the fan-out');
    // From here Slack takes the posts but does not answer: the worker dies with posts made but not confirmed.
    t.slack.holdPosts(120_000);
    const before = posted();
    await waitFor(() => posted() >= before + 2, 20_000, 'posts in flight');
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    t.slack.holdPosts(0);
    // Rows claimed and left pending: their post reached Slack (held) or was about to.
    const claimed = await t.db.prisma.delivery.findMany({ where: { id: { in: ids }, state: 'pending', claimedAt: { not: null } } });
    const postedBefore = new Map(people.flatMap((p) => t!.slack.historyOf(p.channel)).map((m) => [String(m.metadata?.event_payload.key), m.ts]));
    const unanswered = claimed.filter((row) => postedBefore.has(row.id));
    expect(unanswered.length).toBeGreaterThanOrEqual(2);
    expect(await t.db.prisma.delivery.count({ where: { id: { in: ids }, state: 'sent' } })).toBeLessThan(N);

    // A worker started again (on the same database and queue) finishes the fan-out.
    restarted = await createApp({ ...t.app.config, ROLE: 'worker' }, { database: t.db, log: silentLogger });
    await waitFor(async () => (await t!.db.prisma.delivery.count({ where: { id: { in: ids }, state: 'sent' } })) === N, 150_000, 'every delivery sent');

    const histories = people.map((p) => t!.slack.historyOf(p.channel));
    expect(histories.filter((h) => h.length !== 1)).toEqual([]);
    // The posts the killed worker made but never heard back about were found by their key, not posted again.
    for (const row of unanswered) {
      const after = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: row.id } });
      expect(after.platformMessageId).toBe(postedBefore.get(row.id));
    }
    expect(t.slack.callsTo('conversations.history').length).toBeGreaterThanOrEqual(unanswered.length);
    // Every message carries its delivery's key.
    expect(histories.every((h) => ids.includes(String(h[0]!.metadata?.event_payload.key)))).toBe(true);
  }, 240_000);
});
