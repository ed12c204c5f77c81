import { z } from 'zod';
import type { DbTx } from '../../db/prisma.js';
import type { JobScheduler } from '../../jobs/job-scheduler.js';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { documentJobIds } from '../ids.js';

/**
 * Makes the notice of a distributed meeting in each of its channel's languages (`Innkalling – NUIT 2/2027.docx`,
 * and `Notice – NUIT 2/2027.docx` when the channel is bilingual) and shares each in the committee's channel when it
 * is new or changed (`notice-handler.ts`). One job per meeting, run again after each change.
 */
export const noticeJob = defineJobSpec({
  name: 'documents.notice',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => documentJobIds.notice(p.meetingId),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting-notice', id: p.meetingId }),
});

/**
 * Records the notice job inside the distribution's transaction, so a distributed agenda always gets its notice: call
 * `queueStagedNotice` after the commit; if the process dies first, the job sweep queues it.
 */
export async function stageNotice(services: { jobs: JobScheduler }, tx: DbTx, meetingId: string, now: Date): Promise<void> {
  await services.jobs.stage(tx, noticeJob, { meetingId }, now, { again: true });
}

/** Queues the notice staged by `stageNotice`, after the commit. */
export async function queueStagedNotice(services: { jobs: JobScheduler }, meetingId: string, now: Date): Promise<void> {
  await services.jobs.enqueue(noticeJob, { meetingId }, { runAt: now });
}

/** Queues the notice to be made now, also when it ran for an earlier change (from the agenda refresh job); it does nothing before distribution. */
export async function queueNotice(services: { jobs: JobScheduler; clock: () => Date }, meetingId: string): Promise<void> {
  await services.jobs.reschedule(noticeJob, { meetingId }, services.clock());
}
