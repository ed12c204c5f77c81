import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJobHandler } from '../../../src/jobs/job-handler.js';
import { jobHandlers } from '../../../src/jobs/job-registry.js';
import { defineJobSpec, readPayload } from '../../../src/jobs/job-spec.js';
import type { Logger } from '../../../src/log/logger.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { startJobHarness, type JobHarness } from './job-harness.js';

// Version 1 carried `{ name }`; version 2 renamed it to `key`.
const renamed = defineJobSpec({
  name: 'test.renamed',
  version: 2,
  schema: z.object({ key: z.string().min(1) }),
  upgrade: (payload, fromVersion) => (fromVersion === 1 ? { key: (payload as { name?: unknown }).name } : payload),
  jobId: (p) => `renamed.${p.key}`,
  attempts: 3,
  backoffMs: 100,
});
const renamedHandler = defineJobHandler(renamed, {
  async handle({ key }, services) {
    await services.db.auditLog.create({ data: { action: 'ran', subjectType: 'test', subjectId: key } });
  },
});

/** A logger that keeps what it was told at error level. */
function errorLog(): Logger & { errors: { message: string; fields?: Record<string, unknown> }[] } {
  const errors: { message: string; fields?: Record<string, unknown> }[] = [];
  const log = { errors, debug() {}, info() {}, warn() {}, error: (message: string, fields?: Record<string, unknown>) => void errors.push({ message, fields }), child: () => log };
  return log;
}

let h: JobHarness | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await h?.close();
  await t?.close();
  h = undefined;
  t = undefined;
});

/** A mirror row as an older release wrote it, before Redis held a copy (the sweep queues it). */
const storedRow = (jobId: string, name: string, payload: object, payloadVersion: number) => ({
  jobId,
  name,
  payload,
  payloadVersion,
  runAt: new Date(),
  subjectType: 'test',
  subjectId: jobId,
});

describe('payload versions', () => {
  it('runs a payload stored at an older version, upgraded to the current shape', async () => {
    h = await startJobHarness([renamedHandler]);
    await h.db.prisma.scheduledJob.create({ data: storedRow('renamed.old', renamed.name, { name: 'old' }, 1) });
    expect(await h.scheduler.restoreScheduledJobs(h.registry)).toBe(1);
    h.worker();
    await waitFor(async () => (await h!.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: 'renamed.old' } })).state === 'done', 20_000, 'old job done');
    expect(await h.runs('old')).toBe(1);
  });

  it('fails a payload that still does not parse for good at once, logged, never retried', async () => {
    h = await startJobHarness([renamedHandler]);
    const log = errorLog();
    h.services.log = log;
    await h.db.prisma.scheduledJob.createMany({
      data: [storedRow('renamed.broken', renamed.name, { title: 'no name' }, 1), storedRow('renamed.future', renamed.name, { key: 'x' }, 3)],
    });
    await h.scheduler.restoreScheduledJobs(h.registry);
    h.worker();
    for (const jobId of ['renamed.broken', 'renamed.future']) {
      await waitFor(async () => (await h!.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId } })).state === 'failed', 20_000, `${jobId} failed`);
      // The row is marked inside the run; BullMQ records the failed attempt just after.
      await waitFor(async () => (await h!.queue.getJobState(jobId)) === 'failed', 20_000, `${jobId} failed in BullMQ`);
      expect((await h.queue.getJob(jobId))!.attemptsMade).toBe(1);
    }
    expect(log.errors.filter((e) => e.message === 'job failed for good').map((e) => e.fields?.jobId)).toEqual(expect.arrayContaining(['renamed.broken', 'renamed.future']));
    expect(await h.db.prisma.auditLog.count()).toBe(0);
  });

  it('tells the secretariat when a stored payload of a real job can no longer be read', async () => {
    const log = errorLog();
    t = await startTestApp({ app: { jobSweepMs: 200, log } });
    const db = t.db.prisma;
    const sara = await db.person.create({ data: { key: 'sara', name: 'Sara Sekretariat', email: 'sara@example.no', slackUserId: 'USARA', locale: 'nb' } });
    const nuit = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT' } });
    await db.membership.create({ data: { committeeId: nuit.id, personId: sara.id, role: 'secretariat' } });
    // A milestone stored without the fields the current schema asks for.
    await db.scheduledJob.create({ data: storedRow('milestone.gone.agenda', 'meetings.milestone', { meetingId: 'gone' }, 1) });

    await waitFor(async () => (await db.scheduledJob.findUniqueOrThrow({ where: { jobId: 'milestone.gone.agenda' } })).state === 'failed', 20_000, 'milestone failed');
    const notice = await waitFor(() => t!.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USARA'), 20_000, 'secretariat told');
    expect(String(notice.args.text)).toContain('meetings.milestone');
    expect(String(notice.args.text)).toContain('milestone.gone.agenda');
    expect(log.errors.some((e) => e.message === 'job failed for good' && e.fields?.jobId === 'milestone.gone.agenda')).toBe(true);
  });

  it('every real job has a version from 1, an upgrade when past 1, and refuses a payload it cannot read', () => {
    for (const { spec } of jobHandlers) {
      expect(Number.isInteger(spec.version) && spec.version >= 1, spec.name).toBe(true);
      if (spec.version > 1) expect(spec.upgrade, `${spec.name} needs an upgrade from older versions`).toBeTypeOf('function');
      expect(() => readPayload(spec, {}, spec.version), spec.name).toThrow();
      expect(() => readPayload(spec, {}, spec.version + 1), spec.name).toThrow(/newer/);
    }
  });
});
