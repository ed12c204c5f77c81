import { z } from 'zod';
import type { JobScheduler } from '../../jobs/job-scheduler.js';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { meetingJobIds } from '../ids.js';

/**
 * Edits a meeting's posted agenda in place after a change (`agenda-refresh-handler.ts`), outside the turn that
 * made the change, so a failure is retried rather than lost. One job per meeting (`agenda-refresh.<meetingId>`).
 */
export const agendaRefreshJob = defineJobSpec({
  name: 'meetings.agenda-refresh',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => meetingJobIds.agendaRefresh(p.meetingId),
  attempts: 5,
  backoffMs: 2_000,
  subject: (p) => ({ type: 'meeting-agenda', id: p.meetingId }),
});

/**
 * Queues the refresh of a meeting's posted agenda to run now, also when it already ran for an earlier change
 * (`reschedule`: `enqueue` would leave work that is done alone). Nothing is posted or changed before the agenda
 * was distributed or for a cancelled meeting (the job checks when it runs).
 */
export async function queueAgendaRefresh(services: { jobs: JobScheduler; clock: () => Date }, meetingId: string): Promise<void> {
  await services.jobs.reschedule(agendaRefreshJob, { meetingId }, services.clock());
}
