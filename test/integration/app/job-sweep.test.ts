import { afterEach, describe, expect, it } from 'vitest';
import { jobRegistry } from '../../../src/jobs/job-registry.js';
import { deliverJob } from '../../../src/outbox/jobs/deliver-job.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A pending outbox row to Kari, written as enqueueDelivery would, without queueing it. */
async function pendingDelivery(app: TestApp, key: string) {
  const db = app.db.prisma;
  const kari = await db.person.upsert({ where: { key: 'kari' }, create: { key: 'kari', name: 'Kari', email: 'kari@example.no', slackUserId: 'UKARI' }, update: {} });
  return db.delivery.create({ data: { idempotencyKey: key, kind: 'test', platform: 'slack', target: 'UKARI', personId: kari.id, payload: { text: key, blocks: [] }, state: 'pending' } });
}

/** Every key of the app's queue deleted, as when Redis loses its data (other tests' queues are left alone). */
async function wipeRedis(app: TestApp): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await app.app.redis.scan(cursor, 'MATCH', `${app.app.config.QUEUE_PREFIX}:*`, 'COUNT', 1000);
    if (keys.length > 0) await app.app.redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

const postsOf = (app: TestApp, text: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.text === text);

describe('the worker’s sweep', () => {
  it('queues a job staged in a transaction whose process died before queueing it, and runs it once', async () => {
    t = await startTestApp({ app: { jobSweepMs: 200 } });
    const app = t;
    // What enqueueDelivery writes in its transaction, without the queueing that follows the commit.
    const delivery = await app.db.prisma.$transaction(async (tx) => {
      const row = await tx.delivery.create({
        data: { idempotencyKey: 'crashed-1', kind: 'test', platform: 'slack', target: 'UKARI', payload: { text: 'Hei', blocks: [] }, state: 'pending' },
      });
      await app.app.services.jobs.stage(tx, deliverJob, { deliveryId: row.id });
      return row;
    });
    await waitFor(async () => (await app.db.prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).state === 'sent', 20_000, 'swept delivery');
    expect(app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI')).toHaveLength(1);
  });

  it('repairs a Redis wipe without a restart: every pending job, due or future, at its original time, once', async () => {
    t = await startTestApp({ app: { jobSweepMs: 200 } });
    const app = t;
    const { jobs } = app.app.services;
    const due = await pendingDelivery(app, 'due');
    const soon = await pendingDelivery(app, 'soon');
    const later = await pendingDelivery(app, 'later');
    const soonAt = new Date(Date.now() + 8_000);
    const laterAt = new Date(Date.now() + 3_600_000);
    await jobs.enqueue(deliverJob, { deliveryId: soon.id }, { runAt: soonAt });
    await jobs.enqueue(deliverJob, { deliveryId: later.id }, { runAt: laterAt });
    // A job whose time came while Redis was empty: its mirror row is all that is left of it.
    await app.db.prisma.$transaction((tx) => jobs.stage(tx, deliverJob, { deliveryId: due.id }, new Date(Date.now() - 60_000)));
    const wipedAt = Date.now();
    await wipeRedis(app);

    // The running app's own sweep puts everything back (it runs every 200 ms, so the job may be back before the
    // test could look at the empty queue: a copy made after the wipe is the proof, not an empty moment).
    const laterCopy = await waitFor(() => app.app.queue.getJob(`deliver.${later.id}`), 20_000, 'future job restored');
    expect(laterCopy.timestamp).toBeGreaterThanOrEqual(wipedAt);
    expect(await laterCopy.getState()).toBe('delayed');
    expect(Math.abs(laterCopy.timestamp + laterCopy.opts.delay! - laterAt.getTime())).toBeLessThan(1_000);
    await waitFor(async () => (await app.db.prisma.delivery.findUniqueOrThrow({ where: { id: due.id } })).state === 'sent', 20_000, 'due job run');
    const soonCopy = await waitFor(() => app.app.queue.getJob(`deliver.${soon.id}`), 20_000, 'soon job restored');
    expect(Math.abs(soonCopy.timestamp + soonCopy.opts.delay! - soonAt.getTime())).toBeLessThan(1_000);
    const sent = await waitFor(async () => (await app.db.prisma.delivery.findUniqueOrThrow({ where: { id: soon.id } })).sentAt, 25_000, 'soon job run');
    // At its own time, not at the sweep's.
    expect(sent.getTime()).toBeGreaterThanOrEqual(soonAt.getTime());

    // Sweeping again queues nothing: never doubled.
    expect(await jobs.restoreScheduledJobs(jobRegistry())).toBe(0);
    expect(postsOf(app, 'due')).toHaveLength(1);
    expect(postsOf(app, 'soon')).toHaveLength(1);
    expect(postsOf(app, 'later')).toHaveLength(0);
    expect((await app.app.queue.getDelayed()).map((j) => j.id)).toEqual([`deliver.${later.id}`]);
  });
});
