import { randomBytes } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, type JobDefinition } from '../../../src/jobs/job-definition.js';
import { JobScheduler } from '../../../src/jobs/job-scheduler.js';
import { QUEUE_NAME } from '../../../src/jobs/queue-name.js';
import { connectRedis } from '../../../src/redis/connect-redis.js';
import { waitFor } from '../../helpers/start-test-app.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

const noop = defineJob({ name: 'test.noop', schema: z.object({ key: z.string() }), jobId: (p) => `noop.${p.key}`, attempts: 1, backoffMs: 100, handle: async () => undefined });
const definitions = new Map<string, JobDefinition>([[noop.name, noop as unknown as JobDefinition]]);

let db: TestDatabase;
let queue: Queue;
let scheduler: JobScheduler;
const prefix = `test_${randomBytes(5).toString('hex')}`;
const connection = connectRedis(process.env.TEST_REDIS_URL!);

beforeAll(async () => {
  db = await createTestDatabase();
  queue = new Queue(QUEUE_NAME, { connection, prefix });
  scheduler = new JobScheduler(queue, db.prisma);
});
afterAll(async () => {
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  connection.disconnect();
  await db.close();
});

describe('a job BullMQ failed outside our handler (e.g. stalled too often)', () => {
  it('is marked failed and reported once by the sweep, not re-queued every minute', async () => {
    await scheduler.enqueue(noop, { key: 'crashy' });
    // A bare BullMQ worker stands in for one that crashed: the job fails without our worker's bookkeeping.
    const bare = new Worker(QUEUE_NAME, async () => Promise.reject(new Error('stalled job')), { connection: connectRedis(process.env.TEST_REDIS_URL!), prefix });
    await waitFor(async () => (await queue.getJobState('noop.crashy')) === 'failed', 10_000, 'failed in BullMQ');
    await bare.close();
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'noop.crashy' } })).state).toBe('pending');

    const reported: string[] = [];
    const onFinalFailure = async (_d: JobDefinition, _p: unknown, reason: string) => void reported.push(reason);
    expect(await scheduler.restoreScheduledJobs(definitions, { dueOnly: true, onFinalFailure })).toBe(0);
    expect(await scheduler.restoreScheduledJobs(definitions, { dueOnly: true, onFinalFailure })).toBe(0);
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'noop.crashy' } })).state).toBe('failed');
    expect(reported).toEqual(['stalled job']);
    expect(await queue.getJobState('noop.crashy')).toBe('failed');
  });

  it('is queued afresh when it was asked for again after it failed', async () => {
    await scheduler.enqueue(noop, { key: 'crashy' });
    expect(await queue.getJobState('noop.crashy')).toBe('waiting');
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'noop.crashy' } })).state).toBe('pending');
  });
});
