import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * After a submission, every copy of the prompt to report (invitation, reminders, overdue notice) says it is in,
 * without its button. Staged in the submission's transaction (`save-report.ts`), so the edit is never lost to a
 * crash after the submission, and the turn does not edit other people's messages itself. One per report version.
 */
export const reportPromptsJob = defineJobSpec({
  name: 'portfolio-report-prompts',
  version: 1,
  schema: z.object({ roundId: z.string().min(1), initiativeId: z.string().min(1), version: z.number().int().min(1) }),
  jobId: (p) => `portfolio-report-prompts.${p.roundId}.${p.initiativeId}.${p.version}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'portfolio-report', id: `${p.roundId}.${p.initiativeId}` }),
});
