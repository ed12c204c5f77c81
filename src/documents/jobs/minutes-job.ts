import { z } from 'zod';
import type { JobScheduler } from '../../jobs/job-scheduler.js';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { documentJobIds } from '../ids.js';

/**
 * Sends the draft minutes (`Referat – NUIT 2/2027.docx`) to the committee's people, each in their language
 * (`minutes-handler.ts`): at the cycle's `draft_minutes` milestone, and again as a new version when a decision
 * is corrected after they were sent. One job per meeting.
 */
export const minutesJob = defineJobSpec({
  name: 'documents.minutes',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1), reason: z.enum(['milestone', 'correction']) }),
  jobId: (p) => documentJobIds.minutes(p.meetingId),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting-minutes', id: p.meetingId }),
});

/** Queues the minutes to be made and sent now (again, when they ran before). */
export async function queueMinutes(services: { jobs: JobScheduler; clock: () => Date }, meetingId: string, reason: 'milestone' | 'correction'): Promise<void> {
  await services.jobs.reschedule(minutesJob, { meetingId, reason }, services.clock());
}
