import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * The cycle's `draft_minutes` milestone: reminds the committee's secretariat to circulate the draft minutes
 * (src/meetings schedules it with `runAt`). Runs as `draft-minutes-handler.ts`.
 */
export const draftMinutesReminderJob = defineJobSpec({
  name: 'decisions.draft-minutes',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => `decisions.draft-minutes.${p.meetingId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting', id: p.meetingId }),
});
