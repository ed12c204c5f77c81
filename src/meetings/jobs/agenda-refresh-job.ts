import { z } from 'zod';
import type { AppServices } from '../../app/services.js';
import { defineJob } from '../../jobs/job-definition.js';
import { meetingJobIds } from '../ids.js';
import { refreshPostedAgenda } from '../refresh-posted-agenda.js';

/**
 * Edits a meeting's posted agenda in place after a change (`refreshPostedAgenda`), outside the turn that made
 * the change, so a failure is retried rather than lost. One job per meeting (`agenda-refresh.<meetingId>`); it
 * reads the agenda when it runs, so running it again is harmless. A change made while it runs asks for the job
 * again, and the worker runs it once more (see src/jobs/start-worker.ts).
 */
export const agendaRefreshJob = defineJob({
  name: 'meetings.agenda-refresh',
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => meetingJobIds.agendaRefresh(p.meetingId),
  attempts: 5,
  backoffMs: 2_000,
  subject: (p) => ({ type: 'meeting-agenda', id: p.meetingId }),
  async handle({ meetingId }, services) {
    await refreshPostedAgenda(services, meetingId);
  },
});

/**
 * Queues the refresh of a meeting's posted agenda to run now, also when it already ran for an earlier change
 * (`reschedule`: `enqueue` would leave work that is done alone). Nothing is posted or changed before the agenda
 * was distributed or for a cancelled meeting (the job checks when it runs).
 */
export async function queueAgendaRefresh(services: AppServices, meetingId: string): Promise<void> {
  await services.jobs.reschedule(agendaRefreshJob, { meetingId }, services.clock());
}
