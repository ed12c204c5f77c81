import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../../../src/app/create-app.js';
import { silentLogger } from '../../../src/log/logger.js';
import { createPeople, queueDirectMessages } from '../../helpers/fan-out-deliveries.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

/**
 * A fan-out runs at the platform's rate, not faster (which provokes 429s) and not much slower: the fakes
 * enforce the limits the way the platforms state them, at a small test rate so the test stays short. The
 * rate is one a busy two-core machine sustains with margin (at a load of 16-19 on two cores, a worker of
 * concurrency 4 managed only 15-20 deliveries a second unpaced, and 10/s already ran 1.3-1.5 times the
 * floor, the queueing in the same process included); on a quiet machine run it at the bench's scale with
 * PACE_TEST_N=300 PACE_TEST_RATE=100.
 */
const N = Number(process.env.PACE_TEST_N ?? 60);
const RATE = Number(process.env.PACE_TEST_RATE ?? 5);
/** Time the pacing may lose beyond 10%: the first jobs' start-up and the last one's round trip (slow on a busy machine). */
const CONSTANT_MS = 1500;
/**
 * A 429 is the exception: a call that lands late or early after an event-loop stall in this busy process
 * (the test queues and delivers in one process). Unpaced, about two thirds of these calls would be refused;
 * paced, 0-6 of 60 were on a two-core machine at load 5-19. The bench's target (< 1% at 2,000) is
 * measured there, not here.
 */
const MAX_429 = Math.max(2, N * 0.1);

let t: TestApp | undefined;
let second: RunningApp | undefined;
afterEach(async () => {
  await second?.close();
  second = undefined;
  await t?.close();
  t = undefined;
});

/** Queues one direct message to each person and waits until all went out; returns when the queueing began. */
async function runFanOut(app: TestApp, people: { id: string }[], kind: string): Promise<{ started: number; ids: string[] }> {
  const started = Date.now();
  const ids = await queueDirectMessages(app.app.services, people, kind);
  expect(ids).toHaveLength(people.length);
  await waitFor(async () => (await app.db.prisma.delivery.count({ where: { id: { in: ids }, state: 'sent' } })) === ids.length, 60_000, 'every delivery sent');
  return { started, ids };
}

function expectPaced(times: number[], started: number, rate: number) {
  const sorted = [...times].sort((a, b) => a - b);
  const floorMs = (sorted.length / rate) * 1000;
  const span = sorted.at(-1)! - sorted[0]!;
  // Never faster than the limit, counted as the platforms count it: no second holds more than `rate` posts.
  const busiest = Math.max(...sorted.map((at, i) => sorted.slice(i).filter((later) => later < at + 1000).length));
  expect(busiest).toBeLessThanOrEqual(rate);
  // And not much slower than the floor N / rate, from the first post to the last; the first post itself
  // comes soon after the queueing began.
  expect(span).toBeLessThanOrEqual(1.1 * floorMs + CONSTANT_MS);
  expect(sorted[0]! - started).toBeLessThanOrEqual(5_000);
}

describe('deliveries are paced at the platform limit', () => {
  it(`Slack: ${N} direct messages at ${RATE}/s take N / rate, with no 429s and each message once`, async () => {
    t = await startTestApp({ env: { PACE_SLACK_PER_SECOND: String(RATE), PACE_SLACK_CHANNEL_PER_SECOND: '1' } });
    t.slack.limitRate({ perSecond: RATE, perChannelPerSecond: 1 });
    const people = await createPeople(t.db.prisma, N, { tag: 'S' });
    const { started } = await runFanOut(t, people, 'paced');

    const histories = people.map((p) => t!.slack.historyOf(p.channel));
    expect(histories.every((h) => h.length === 1)).toBe(true);
    expectPaced(histories.map((h) => Number(h[0]!.ts) * 1000), started, RATE);
    expect(t.slack.rateLimitedCount()).toBeLessThanOrEqual(MAX_429);
  }, 90_000);

  it('Teams: direct messages at the app-wide rate, with no 429s and each message once', async () => {
    const count = Math.ceil(N / 2);
    const rate = RATE;
    t = await startTestApp({ env: { PACE_TEAMS_PER_SECOND: String(rate), PACE_TEAMS_CONVERSATION_PER_SECOND: '7' } });
    t.connector.limitRate({ perSecond: rate, perConversationPerSecond: 7 });
    const people = await createPeople(t.db.prisma, count, { tag: 'T', teamsServiceUrl: t.connector.url });
    const { started } = await runFanOut(t, people, 'paced-teams');

    const sent = t.connector.sent();
    expect(people.every((p) => sent.filter((c) => c.conversationId === p.channel).length === 1)).toBe(true);
    expectPaced(sent.map((c) => c.at!), started, rate);
    expect(t.connector.rateLimitedCount()).toBeLessThanOrEqual(MAX_429);
  }, 90_000);

  it('a message to one channel waits a second after the last one, and a reminder meanwhile is not held up', async () => {
    t = await startTestApp({ env: { PACE_SLACK_PER_SECOND: '20', PACE_SLACK_CHANNEL_PER_SECOND: '1' } });
    t.slack.limitRate({ perSecond: 20, perChannelPerSecond: 1 });
    const committee = await t.db.prisma.committee.create({ data: { key: 'NUIT', name: 'NUIT', slackChannelId: 'C0NUIT' } });
    const { postToCommittee } = await import('../../../src/outbox/post-to-committee.js');
    const post = (n: number) =>
      postToCommittee(t!.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: `channel-${n}`, message: { text: `Melding ${n}`, blocks: [] } });
    const [kari] = await createPeople(t.db.prisma, 1, { tag: 'K' });
    for (let n = 1; n <= 4; n += 1) await post(n);
    // A direct message queued after them goes out at once: the channel's waiting posts hold no worker.
    const [dm] = await queueDirectMessages(t.app.services, [kari!], 'reminder');
    await waitFor(async () => (await t!.db.prisma.delivery.count({ where: { kind: 'test', state: 'sent' } })) === 4, 20_000, 'four channel posts');

    const posts = t.slack.historyOf('C0NUIT').map((m) => Number(m.ts) * 1000);
    expect(posts).toHaveLength(4);
    for (let n = 1; n < 4; n += 1) expect(posts[n]! - posts[n - 1]!).toBeGreaterThanOrEqual(995);
    const reminder = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: dm! } });
    expect(reminder.sentAt!.getTime()).toBeLessThan(posts[3]!);
    expect(t.slack.rateLimitedCount()).toBeLessThanOrEqual(1);
  }, 60_000);

  it(`two app instances on one database and Redis deliver each of ${N} messages exactly once, paced together`, async () => {
    t = await startTestApp({ env: { PACE_SLACK_PER_SECOND: String(RATE), PACE_SLACK_CHANNEL_PER_SECOND: '1' } });
    second = await createApp({ ...t.app.config, PORT: 0 }, { database: t.db, log: silentLogger, listen: false, worker: true });
    t.slack.limitRate({ perSecond: RATE, perChannelPerSecond: 1 });
    const people = await createPeople(t.db.prisma, N, { tag: 'R' });
    const { started } = await runFanOut(t, people, 'replicas');

    const histories = people.map((p) => t!.slack.historyOf(p.channel));
    expect(histories.filter((h) => h.length !== 1)).toEqual([]);
    expect(t.slack.callsTo('chat.postMessage').length - t.slack.rateLimitedCount()).toBe(N);
    expectPaced(histories.map((h) => Number(h[0]!.ts) * 1000), started, RATE);
    expect(t.slack.rateLimitedCount()).toBeLessThanOrEqual(MAX_429);
  }, 90_000);
});
