import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * After a decision is corrected once the decisions are published (`decision-corrected-handler.ts`): edits every
 * copy of the posted summary (the Slack channel and the Teams conversation), edits (or sends) the presenter's
 * message and moves the follow-up reminders. Staged in the correction's transaction (`record-decision.ts`), so the
 * edits are never lost to a crash after it, and the turn edits nobody's messages itself. One per correction (`at`
 * is when it was recorded).
 */
export const decisionCorrectedJob = defineJobSpec({
  name: 'decisions.corrected',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1), itemId: z.string().min(1), at: z.number().int() }),
  jobId: (p) => `decisions.corrected.${p.itemId}.${p.at}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting', id: p.meetingId }),
});
