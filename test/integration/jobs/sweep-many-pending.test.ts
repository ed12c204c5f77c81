import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJobHandler } from '../../../src/jobs/job-handler.js';
import { defineJobSpec } from '../../../src/jobs/job-spec.js';
import { startJobHarness, type JobHarness } from './job-harness.js';

const later = defineJobSpec({ name: 'test.later', version: 1, schema: z.object({ n: z.number() }), jobId: (p) => `later.${p.n}`, attempts: 1, backoffMs: 100 });
const laterHandler = defineJobHandler(later, { handle: async () => undefined });

let h: JobHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the sweep with thousands of pending jobs', () => {
  it('restores all of them after a wipe in batches, and a second sweep finds nothing to do', async () => {
    h = await startJobHarness([laterHandler]);
    const count = 3_000;
    const runAt = new Date(Date.now() + 24 * 3_600_000);
    await h.db.prisma.scheduledJob.createMany({
      data: Array.from({ length: count }, (_, n) => ({ jobId: `later.${n}`, name: later.name, payload: { n }, runAt, subjectType: 'test', subjectId: String(n) })),
    });
    let started = Date.now();
    expect(await h.scheduler.restoreScheduledJobs(h.registry)).toBe(count);
    const restoreMs = Date.now() - started;
    expect(await h.queue.getDelayedCount()).toBe(count);

    started = Date.now();
    expect(await h.scheduler.restoreScheduledJobs(h.registry)).toBe(0);
    const checkMs = Date.now() - started;
    // Bounds loose enough for a busy two-core machine; a job-by-job scan took several times longer.
    expect(restoreMs).toBeLessThan(15_000);
    expect(checkMs).toBeLessThan(3_000);

    await h.wipeRedis();
    expect(await h.scheduler.restoreScheduledJobs(h.registry)).toBe(count);
    expect(await h.queue.getDelayedCount()).toBe(count);
  });
});
