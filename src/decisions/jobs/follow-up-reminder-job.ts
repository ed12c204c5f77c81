import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * Reminds a follow-up's owner before its due date (`follow-up-reminder-handler.ts`). One job per follow-up; its
 * subject is the decision, so correcting a decision cancels the reminders of its follow-ups together.
 */
export const followUpReminderJob = defineJobSpec({
  name: 'decisions.followup-reminder',
  version: 1,
  schema: z.object({ followUpId: z.string().min(1), decisionId: z.string().min(1) }),
  jobId: (p) => `decisions.followup.${p.followUpId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'decision-followups', id: p.decisionId }),
});
