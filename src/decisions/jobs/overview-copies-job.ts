import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * After a decision is recorded or corrected, every copy of the meeting's decision overview (each `vedtak NUIT`
 * someone asked for) shows it. Staged in the recording's transaction (`record-decision.ts`), so the edit survives
 * a crash after the save and the turn never edits other people's messages itself. One per saved decision version
 * (`stamp` = the save's time in milliseconds).
 */
export const overviewCopiesJob = defineJobSpec({
  name: 'decisions-overview-copies',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1), stamp: z.number().int().min(0) }),
  jobId: (p) => `decisions-overview-copies.${p.meetingId}.${p.stamp}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'decision-overview', id: p.meetingId }),
});
