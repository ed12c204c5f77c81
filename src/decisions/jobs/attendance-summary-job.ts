import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * After attendance is saved for a meeting whose decisions are published (`attendance-summary-handler.ts`): edits every
 * copy of the posted decision summary (the Slack channel and the Teams conversation) to show the attendance as it is
 * when the job runs. Staged in the attendance save's transaction (`record-attendance.ts`), so the turn edits nobody's
 * message itself and a crash after the save loses no edit. One job per meeting (`decisions.attendance-summary.<meetingId>`),
 * asked for again after each save that changes something: saves close together make one edit.
 */
export const attendanceSummaryJob = defineJobSpec({
  name: 'decisions.attendance-summary',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => `decisions.attendance-summary.${p.meetingId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting', id: p.meetingId }),
});
