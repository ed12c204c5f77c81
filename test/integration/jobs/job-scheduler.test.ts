import { randomBytes } from 'node:crypto';
import { Queue, type Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppServices } from '../../../src/app/services.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { PlatformError } from '../../../src/channels/platform-error.js';
import { defineJob, type JobDefinition } from '../../../src/jobs/job-definition.js';
import { JobScheduler } from '../../../src/jobs/job-scheduler.js';
import { QUEUE_NAME } from '../../../src/jobs/queue-name.js';
import { startWorker } from '../../../src/jobs/start-worker.js';
import { silentLogger } from '../../../src/log/logger.js';
import { connectRedis } from '../../../src/redis/connect-redis.js';
import { waitFor } from '../../helpers/start-test-app.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

// A job whose handler records each run in the audit log, so the test sees exactly how often it ran.
const recordRun = defineJob({
  name: 'test.record-run',
  schema: z.object({ key: z.string() }),
  jobId: (p) => `test.${p.key}`,
  attempts: 2,
  backoffMs: 100,
  subject: (p) => ({ type: 'test', id: p.key }),
  async handle({ key }, services) {
    await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: key } });
  },
});

let db: TestDatabase;
let queue: Queue;
let scheduler: JobScheduler;
const workers: Worker[] = [];
const redisConnections: ReturnType<typeof connectRedis>[] = [];
// A job that waits for the test to let it finish, so the test can act while it runs.
let release: (() => void) | undefined;
let started: (() => void) | undefined;
const gatedRun = defineJob({
  name: 'test.gated-run',
  schema: z.object({ key: z.string(), version: z.number() }),
  jobId: (p) => `gated.${p.key}`,
  attempts: 1,
  backoffMs: 100,
  async handle({ key, version }, services) {
    await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: `${key}.v${version}` } });
    started?.();
    await new Promise<void>((resolve) => (release = resolve));
  },
});

// A platform that asks us to wait, every time.
const alwaysWait = defineJob({
  name: 'test.always-wait',
  schema: z.object({ key: z.string() }),
  jobId: (p) => `wait.${p.key}`,
  attempts: 2,
  backoffMs: 10,
  async handle({ key }, services) {
    await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: key } });
    throw new PlatformError('slack', 'rate_limited', true, 20);
  },
  async onFinalFailure({ key }, services, reason) {
    await services.db.auditLog.create({ data: { action: 'gave-up', subjectType: 'test', subjectId: key, details: { reason } } });
  },
});

const definitions = new Map<string, JobDefinition>([
  [alwaysWait.name, alwaysWait as unknown as JobDefinition],
  [recordRun.name, recordRun as unknown as JobDefinition],
  [gatedRun.name, gatedRun as unknown as JobDefinition],
]);
let services: AppServices;

function newWorker(): Worker {
  const connection = connectRedis(process.env.TEST_REDIS_URL!);
  redisConnections.push(connection);
  const worker = startWorker(services, definitions, connection, { concurrency: 2 });
  workers.push(worker);
  return worker;
}
const runs = (key: string) => db.prisma.auditLog.count({ where: { action: 'ran', subjectId: key } });

beforeAll(async () => {
  db = await createTestDatabase();
  const prefix = `test_${randomBytes(5).toString('hex')}`;
  const config = loadConfig({ QUEUE_PREFIX: prefix, REDIS_URL: process.env.TEST_REDIS_URL });
  const connection = connectRedis(config.REDIS_URL);
  redisConnections.push(connection);
  queue = new Queue(QUEUE_NAME, { connection, prefix });
  scheduler = new JobScheduler(queue, db.prisma);
  services = { config, db: db.prisma, log: silentLogger, clock: () => new Date(), jobs: scheduler, gateways: {}, cycles: undefined as never };
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  redisConnections.forEach((c) => c.disconnect());
  await db.close();
});

describe('scheduled jobs against real Redis', () => {
  it('queues the same payload once: a deterministic id makes a second enqueue a no-op', async () => {
    const runAt = new Date(Date.now() + 60_000);
    await scheduler.enqueue(recordRun, { key: 'dup' }, { runAt });
    await scheduler.enqueue(recordRun, { key: 'dup' }, { runAt });
    const delayed = await queue.getDelayed();
    expect(delayed.filter((j) => j.id === 'test.dup')).toHaveLength(1);
    expect(await db.prisma.scheduledJob.count({ where: { jobId: 'test.dup' } })).toBe(1);
  });

  it('moves a job to a new time without leaving the old copy behind', async () => {
    await scheduler.enqueue(recordRun, { key: 'move' }, { runAt: new Date(Date.now() + 60_000) });
    const later = new Date(Date.now() + 120_000);
    await scheduler.reschedule(recordRun, { key: 'move' }, later);
    const job = await queue.getJob('test.move');
    expect(job!.timestamp + job!.opts.delay!).toBeGreaterThanOrEqual(later.getTime() - 1000);
    expect((await queue.getDelayed()).filter((j) => j.id === 'test.move')).toHaveLength(1);
    const mirror = await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.move' } });
    expect(mirror.runAt.getTime()).toBe(later.getTime());
  });

  it('cancels by subject: gone from Redis, marked cancelled in the mirror', async () => {
    await scheduler.enqueue(recordRun, { key: 'cancel' }, { runAt: new Date(Date.now() + 60_000) });
    await scheduler.cancelBySubject('test', 'cancel');
    expect(await queue.getJob('test.cancel')).toBeUndefined();
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.cancel' } })).state).toBe('cancelled');
  });

  it('refills Redis from the mirror after Redis lost its data, and runs the job once', async () => {
    // Only this test's job is pending in the mirror: the earlier tests' delayed jobs are cancelled first.
    await scheduler.cancelBySubject('test', 'dup');
    await scheduler.cancelBySubject('test', 'move');
    await scheduler.enqueue(recordRun, { key: 'lost' }, { runAt: new Date(Date.now() + 500) });
    await queue.obliterate({ force: true });
    expect(await queue.getJob('test.lost')).toBeUndefined();
    expect(await scheduler.restoreScheduledJobs(definitions)).toBe(1);
    expect(await scheduler.restoreScheduledJobs(definitions)).toBe(0);
    newWorker();
    await waitFor(async () => (await runs('lost')) === 1, 10_000, 'restored job to run');
    await waitFor(async () => (await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.lost' } })).state === 'done');
  });

  it('runs a job once with two workers competing for it', async () => {
    newWorker();
    for (let i = 0; i < 10; i += 1) await scheduler.enqueue(recordRun, { key: `pair-${i}` });
    await waitFor(async () => (await db.prisma.scheduledJob.count({ where: { jobId: { startsWith: 'test.pair-' }, state: 'done' } })) === 10, 10_000, 'ten jobs');
    for (let i = 0; i < 10; i += 1) expect(await runs(`pair-${i}`)).toBe(1);
  });

  it('does not queue work again that is done', async () => {
    if (workers.length === 0) newWorker();
    await scheduler.enqueue(recordRun, { key: 'finished' });
    await waitFor(async () => (await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.finished' } })).state === 'done', 10_000, 'job done');
    const finishedOn = (await queue.getJob('test.finished'))!.finishedOn;
    const counts = await queue.getJobCounts();
    await scheduler.enqueue(recordRun, { key: 'finished' });
    expect(await queue.getJobCounts()).toEqual(counts);
    expect(await queue.getJobState('test.finished')).toBe('completed');
    expect((await queue.getJob('test.finished'))!.finishedOn).toBe(finishedOn);
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.finished' } })).state).toBe('done');
    expect(await runs('finished')).toBe(1);
  });

  it('queues a cancelled job afresh, and runs it once', async () => {
    if (workers.length === 0) newWorker();
    await scheduler.enqueue(recordRun, { key: 'again' }, { runAt: new Date(Date.now() + 60_000) });
    await scheduler.cancelBySubject('test', 'again');
    await scheduler.enqueue(recordRun, { key: 'again' });
    await waitFor(async () => (await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.again' } })).state === 'done', 10_000, 'cancelled job queued again and run');
    expect(await queue.getJobState('test.again')).toBe('completed');
    expect(await runs('again')).toBe(1);
  });

  it('does not run a stale copy of a cancelled job', async () => {
    await scheduler.enqueue(recordRun, { key: 'stale' }, { runAt: new Date(Date.now() + 300) });
    // The mirror says cancelled, but Redis still holds the job (e.g. the removal raced with a running worker).
    await db.prisma.scheduledJob.update({ where: { jobId: 'test.stale' }, data: { state: 'cancelled' } });
    await waitFor(async () => (await queue.getJobState('test.stale')) === 'completed', 10_000, 'stale job processed');
    expect(await runs('stale')).toBe(0);
  });

  it('runs a job again when it is asked for again while it runs, with the new payload', async () => {
    if (workers.length === 0) newWorker();
    const running = new Promise<void>((resolve) => (started = resolve));
    await scheduler.enqueue(gatedRun, { key: 'busy', version: 1 });
    await running;
    // Asked for again while the first run holds the job id: the copy cannot be replaced in Redis.
    const second = new Promise<void>((resolve) => (started = resolve));
    await scheduler.reschedule(gatedRun, { key: 'busy', version: 2 }, new Date());
    release!();
    await second;
    release!();
    await waitFor(async () => (await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'gated.busy' } })).state === 'done', 10_000, 'second run done');
    expect(await runs('busy.v1')).toBe(1);
    expect(await runs('busy.v2')).toBe(1);
  });

  it('waits as a platform asks only so many times, then gives up and reports it', async () => {
    if (workers.length === 0) newWorker();
    await scheduler.enqueue(alwaysWait, { key: 'ratelimited' });
    await waitFor(async () => (await db.prisma.auditLog.count({ where: { action: 'gave-up', subjectId: 'ratelimited' } })) === 1, 10_000, 'gave up');
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'wait.ratelimited' } })).state).toBe('failed');
    // Twice the attempts, three times over: bounded, not for ever.
    expect(await runs('ratelimited')).toBeLessThanOrEqual(8);
  });

  it('fails a job with a malformed payload at once instead of retrying it', async () => {
    await queue.add(recordRun.name, { key: 42 }, { jobId: 'test.bad', attempts: 5 });
    await waitFor(async () => (await queue.getJobState('test.bad')) === 'failed', 10_000, 'bad job failed');
    const job = await queue.getJob('test.bad');
    expect(job!.attemptsMade).toBe(1);
    expect(job!.failedReason).toContain('Invalid payload');
  });
});
