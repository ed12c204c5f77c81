import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJobHandler } from '../../../src/jobs/job-handler.js';
import { defineJobSpec } from '../../../src/jobs/job-spec.js';
import { waitFor } from '../../helpers/start-test-app.js';
import { startJobHarness, type JobHarness } from './job-harness.js';

// A job that only records how late it started: what is measured is the queue and the worker's own bookkeeping.
const onTime = defineJobSpec({ name: 'test.on-time', version: 1, schema: z.object({ n: z.number(), at: z.number() }), jobId: (p) => `on-time.${p.n}`, attempts: 1, backoffMs: 100 });
const lateness: number[] = [];
const onTimeHandler = defineJobHandler(onTime, {
  async handle({ at }) {
    lateness.push(Date.now() - at);
  },
});

let h: JobHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('jobs falling due together', () => {
  it('100 jobs due at the same moment all start within a second of it (p99)', async () => {
    lateness.length = 0;
    h = await startJobHarness([onTimeHandler]);
    h.worker();
    // A running app's database pool is open; a fresh test's pool would measure opening connections instead.
    await Promise.all(Array.from({ length: 10 }, () => h!.db.prisma.$queryRaw`SELECT 1 FROM pg_sleep(0.05)`));
    const at = Date.now() + 5_000;
    // Queued in one go, as the sweep does (a hundred separate enqueues would measure the machine, not the queue).
    await h.db.prisma.scheduledJob.createMany({
      data: Array.from({ length: 100 }, (_, n) => ({ jobId: `on-time.${n}`, name: onTime.name, payload: { n, at }, runAt: new Date(at), subjectType: 'test', subjectId: String(n) })),
    });
    expect(await h.scheduler.restoreScheduledJobs(h.registry)).toBe(100);
    // The jobs were all waiting before their time, so what is measured is the queue's promptness.
    expect(Date.now()).toBeLessThan(at);
    await waitFor(() => lateness.length === 100, 20_000, 'all 100 jobs started');
    const sorted = [...lateness].sort((a, b) => a - b);
    const p99 = sorted[Math.ceil(sorted.length * 0.99) - 1]!;
    console.info(`100 jobs due together: lateness min ${sorted[0]} ms, p50 ${sorted[49]} ms, p99 ${p99} ms`);
    expect(sorted[0]).toBeGreaterThanOrEqual(-50);
    expect(p99, `lateness p99 ${p99} ms`).toBeLessThan(1_000);
    await waitFor(async () => (await h!.db.prisma.scheduledJob.count({ where: { state: 'done' } })) === 100, 10_000, 'all done');
  });
});
