import { Worker } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJobHandler } from '../../../src/jobs/job-handler.js';
import { defineJobSpec } from '../../../src/jobs/job-spec.js';
import type { FailedCopy } from '../../../src/jobs/job-scheduler.js';
import { QUEUE_NAME } from '../../../src/jobs/queue-name.js';
import { connectRedis } from '../../../src/redis/connect-redis.js';
import { waitFor } from '../../helpers/start-test-app.js';
import { startJobHarness, type JobHarness } from './job-harness.js';

const noop = defineJobSpec({ name: 'test.noop', version: 1, schema: z.object({ key: z.string() }), jobId: (p) => `noop.${p.key}`, attempts: 1, backoffMs: 100 });
const noopHandler = defineJobHandler(noop, { handle: async () => undefined });

let h: JobHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Enqueues a job and lets a bare BullMQ worker, standing in for one that crashed, fail it without our bookkeeping. */
async function failOutsideOurWorker(harness: JobHarness, key: string): Promise<void> {
  await harness.scheduler.enqueue(noop, { key });
  const connection = connectRedis(process.env.TEST_REDIS_URL!);
  const bare = new Worker(QUEUE_NAME, async () => Promise.reject(new Error('stalled job')), { connection, prefix: harness.services.config.QUEUE_PREFIX });
  try {
    await waitFor(async () => (await harness.queue.getJobState(`noop.${key}`)) === 'failed', 10_000, 'failed in BullMQ');
  } finally {
    await bare.close();
    connection.disconnect();
  }
}

describe('a job BullMQ failed outside our handler (e.g. stalled too often)', () => {
  it('is marked failed and reported once by the sweep, not re-queued every minute', async () => {
    h = await startJobHarness([noopHandler]);
    await failOutsideOurWorker(h, 'crashy');
    expect((await h.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'noop.crashy' } })).state).toBe('pending');

    const reported: FailedCopy[] = [];
    const onFailedCopy = async (failure: FailedCopy) => void reported.push(failure);
    expect(await h.scheduler.restoreScheduledJobs(h.registry, { onFailedCopy })).toBe(0);
    expect(await h.scheduler.restoreScheduledJobs(h.registry, { onFailedCopy })).toBe(0);
    expect((await h.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'noop.crashy' } })).state).toBe('failed');
    expect(reported.map((r) => [r.jobId, r.reason, r.payload, r.payloadVersion])).toEqual([['noop.crashy', 'stalled job', { key: 'crashy' }, 1]]);
    expect(await h.queue.getJobState('noop.crashy')).toBe('failed');
  });

  it('is queued afresh when it was asked for again after it failed', async () => {
    h = await startJobHarness([noopHandler]);
    await failOutsideOurWorker(h, 'crashy');
    await h.scheduler.restoreScheduledJobs(h.registry);
    await h.scheduler.enqueue(noop, { key: 'crashy' });
    expect(await h.queue.getJobState('noop.crashy')).toBe('waiting');
    expect((await h.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'noop.crashy' } })).state).toBe('pending');
  });
});
