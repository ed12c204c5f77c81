import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverJob } from '../../../src/outbox/jobs/deliver-job.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ app: { jobSweepMs: 200 } });
});
afterAll(async () => t?.close());

describe('a job staged in a transaction whose process died before queueing it', () => {
  it('is queued by the worker’s sweep and runs once', async () => {
    const db = t.db.prisma;
    const kari = await db.person.create({ data: { key: 'kari', name: 'Kari', email: 'kari@example.no', slackUserId: 'UKARI' } });
    // What enqueueDelivery writes in its transaction, without the queueing that follows the commit.
    const delivery = await db.$transaction(async (tx) => {
      const row = await tx.delivery.create({
        data: { idempotencyKey: 'crashed-1', kind: 'test', platform: 'slack', target: 'UKARI', personId: kari.id, payload: { text: 'Hei', blocks: [] }, state: 'pending' },
      });
      await t.app.services.jobs.stage(tx, deliverJob, { deliveryId: row.id });
      return row;
    });
    await waitFor(async () => (await db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).state === 'sent', 10_000, 'swept delivery');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI')).toHaveLength(1);
  });
});
