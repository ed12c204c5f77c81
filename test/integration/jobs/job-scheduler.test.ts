import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PlatformError } from '../../../src/channels/platform-error.js';
import { defineJobHandler, type JobHandler } from '../../../src/jobs/job-handler.js';
import { defineJobSpec } from '../../../src/jobs/job-spec.js';
import { waitFor } from '../../helpers/start-test-app.js';
import { startJobHarness, type JobHarness } from './job-harness.js';

// A job whose handler records each run in the audit log, so the test sees exactly how often it ran.
const recordRun = defineJobSpec({
  name: 'test.record-run',
  version: 1,
  schema: z.object({ key: z.string() }),
  jobId: (p) => `test.${p.key}`,
  attempts: 2,
  backoffMs: 100,
  subject: (p) => ({ type: 'test', id: p.key }),
});
const recordRunHandler = defineJobHandler(recordRun, {
  async handle({ key }, services) {
    await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: key } });
  },
});

// A platform that asks us to wait, every time.
const alwaysWait = defineJobSpec({ name: 'test.always-wait', version: 1, schema: z.object({ key: z.string() }), jobId: (p) => `wait.${p.key}`, attempts: 2, backoffMs: 10 });
const alwaysWaitHandler = defineJobHandler(alwaysWait, {
  async handle({ key }, services) {
    await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: key } });
    throw new PlatformError('slack', 'rate_limited', true, 20);
  },
  async onFinalFailure({ key }, services, reason) {
    await services.db.auditLog.create({ data: { action: 'gave-up', subjectType: 'test', subjectId: key, details: { reason } } });
  },
});

// A job that waits for the test to let it finish, so the test can act while it runs.
const gatedRun = defineJobSpec({ name: 'test.gated-run', version: 1, schema: z.object({ key: z.string(), version: z.number() }), jobId: (p) => `gated.${p.key}`, attempts: 1, backoffMs: 100 });

let h: JobHarness | undefined;
async function start(extra: JobHandler[] = []): Promise<JobHarness> {
  h = await startJobHarness([recordRunHandler, alwaysWaitHandler, ...extra]);
  return h;
}
afterEach(async () => {
  await h?.close();
  h = undefined;
});
const mirrorState = async (jobId: string) => (await h!.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId } })).state;

describe('scheduled jobs against real Redis', () => {
  it('queues the same payload once: a deterministic id makes a second enqueue a no-op', async () => {
    const { scheduler, queue, db } = await start();
    const runAt = new Date(Date.now() + 60_000);
    await scheduler.enqueue(recordRun, { key: 'dup' }, { runAt });
    await scheduler.enqueue(recordRun, { key: 'dup' }, { runAt });
    expect((await queue.getDelayed()).filter((j) => j.id === 'test.dup')).toHaveLength(1);
    expect(await db.prisma.scheduledJob.count({ where: { jobId: 'test.dup' } })).toBe(1);
  });

  it('moves a job to a new time without leaving the old copy behind', async () => {
    const { scheduler, queue, db } = await start();
    await scheduler.enqueue(recordRun, { key: 'move' }, { runAt: new Date(Date.now() + 60_000) });
    const later = new Date(Date.now() + 120_000);
    await scheduler.reschedule(recordRun, { key: 'move' }, later);
    const job = await queue.getJob('test.move');
    expect(job!.timestamp + job!.opts.delay!).toBeGreaterThanOrEqual(later.getTime() - 1000);
    expect((await queue.getDelayed()).filter((j) => j.id === 'test.move')).toHaveLength(1);
    expect((await db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'test.move' } })).runAt.getTime()).toBe(later.getTime());
  });

  it('cancels by subject: gone from Redis, marked cancelled in the mirror', async () => {
    const { scheduler, queue } = await start();
    await scheduler.enqueue(recordRun, { key: 'cancel' }, { runAt: new Date(Date.now() + 60_000) });
    await scheduler.cancelBySubject('test', 'cancel');
    expect(await queue.getJob('test.cancel')).toBeUndefined();
    expect(await mirrorState('test.cancel')).toBe('cancelled');
  });

  it('refills Redis from the mirror after Redis lost its data, and runs the job once', async () => {
    const harness = await start();
    await harness.scheduler.enqueue(recordRun, { key: 'lost' }, { runAt: new Date(Date.now() + 500) });
    await harness.wipeRedis();
    expect(await harness.queue.getJob('test.lost')).toBeUndefined();
    expect(await harness.scheduler.restoreScheduledJobs(harness.registry)).toBe(1);
    expect(await harness.scheduler.restoreScheduledJobs(harness.registry)).toBe(0);
    harness.worker();
    await waitFor(async () => (await mirrorState('test.lost')) === 'done', 10_000, 'restored job done');
    expect(await harness.runs('lost')).toBe(1);
  });

  it('runs a job once with two workers competing for it', async () => {
    const harness = await start();
    harness.worker();
    harness.worker();
    for (let i = 0; i < 10; i += 1) await harness.scheduler.enqueue(recordRun, { key: `pair-${i}` });
    await waitFor(async () => (await harness.db.prisma.scheduledJob.count({ where: { jobId: { startsWith: 'test.pair-' }, state: 'done' } })) === 10, 10_000, 'ten jobs');
    for (let i = 0; i < 10; i += 1) expect(await harness.runs(`pair-${i}`)).toBe(1);
  });

  it('does not queue work again that is done', async () => {
    const harness = await start();
    const { scheduler, queue } = harness;
    harness.worker();
    await scheduler.enqueue(recordRun, { key: 'finished' });
    await waitFor(async () => (await mirrorState('test.finished')) === 'done', 10_000, 'job done');
    const finishedOn = (await queue.getJob('test.finished'))!.finishedOn;
    const counts = await queue.getJobCounts();
    await scheduler.enqueue(recordRun, { key: 'finished' });
    expect(await queue.getJobCounts()).toEqual(counts);
    expect(await queue.getJobState('test.finished')).toBe('completed');
    expect((await queue.getJob('test.finished'))!.finishedOn).toBe(finishedOn);
    expect(await mirrorState('test.finished')).toBe('done');
    expect(await harness.runs('finished')).toBe(1);
  });

  it('queues a cancelled job afresh, and runs it once', async () => {
    const harness = await start();
    harness.worker();
    await harness.scheduler.enqueue(recordRun, { key: 'again' }, { runAt: new Date(Date.now() + 60_000) });
    await harness.scheduler.cancelBySubject('test', 'again');
    await harness.scheduler.enqueue(recordRun, { key: 'again' });
    await waitFor(async () => (await mirrorState('test.again')) === 'done', 10_000, 'cancelled job queued again and run');
    expect(await harness.queue.getJobState('test.again')).toBe('completed');
    expect(await harness.runs('again')).toBe(1);
  });

  it('does not run a stale copy of a cancelled job', async () => {
    const harness = await start();
    // The mirror says cancelled, but Redis still holds the job (e.g. the removal raced with a running worker).
    await harness.scheduler.enqueue(recordRun, { key: 'stale' });
    await harness.db.prisma.scheduledJob.update({ where: { jobId: 'test.stale' }, data: { state: 'cancelled' } });
    harness.worker();
    await waitFor(async () => (await harness.queue.getJobState('test.stale')) === 'completed', 10_000, 'stale job processed');
    expect(await harness.runs('stale')).toBe(0);
  });

  it('runs a job again when it is asked for again while it runs, with the new payload', async () => {
    const releaseRun: (() => void)[] = [];
    const gatedHandler = defineJobHandler(gatedRun, {
      async handle({ key, version }, services) {
        await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: `${key}.v${version}` } });
        await new Promise<void>((resolve) => releaseRun.push(resolve));
      },
    });
    const harness = await start([gatedHandler]);
    harness.worker();
    await harness.scheduler.enqueue(gatedRun, { key: 'busy', version: 1 });
    await waitFor(() => releaseRun.length === 1, 10_000, 'first run started');
    // Asked for again while the first run holds the job id: the copy cannot be replaced in Redis.
    await harness.scheduler.reschedule(gatedRun, { key: 'busy', version: 2 }, new Date());
    releaseRun[0]!();
    await waitFor(() => releaseRun.length === 2, 10_000, 'second run started');
    releaseRun[1]!();
    await waitFor(async () => (await mirrorState('gated.busy')) === 'done', 10_000, 'second run done');
    expect(await harness.runs('busy.v1')).toBe(1);
    expect(await harness.runs('busy.v2')).toBe(1);
  });

  it('waits as a platform asks only so many times, then gives up and reports it', async () => {
    const harness = await start();
    harness.worker();
    await harness.scheduler.enqueue(alwaysWait, { key: 'ratelimited' });
    await waitFor(async () => (await harness.db.prisma.auditLog.count({ where: { action: 'gave-up', subjectId: 'ratelimited' } })) === 1, 10_000, 'gave up');
    expect(await mirrorState('wait.ratelimited')).toBe('failed');
    // Twice the attempts, three times over: bounded, not for ever.
    expect(await harness.runs('ratelimited')).toBeLessThanOrEqual(8);
  });

  it('fails a job with a malformed payload at once instead of retrying it', async () => {
    const harness = await start();
    harness.worker();
    await harness.queue.add(recordRun.name, { key: 42 }, { jobId: 'test.bad', attempts: 5 });
    await waitFor(async () => (await harness.queue.getJobState('test.bad')) === 'failed', 10_000, 'bad job failed');
    const job = await harness.queue.getJob('test.bad');
    expect(job!.attemptsMade).toBe(1);
    expect(job!.failedReason).toContain('Invalid payload');
  });
});
