import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { ROUND_SUBJECT } from '../ids.js';

/** The specs of a reporting round's jobs, queued by `open-round.ts`; they run as `round-job-handlers.ts`. */

/** Reminds those who have not submitted, at one of the policy's reminder offsets (index into the policy's list). */
export const roundReminderJob = defineJobSpec({
  name: 'portfolio-round-reminder',
  version: 1,
  schema: z.object({ roundId: z.string().min(1), index: z.number().int().min(0) }),
  jobId: (p) => `portfolio-round-reminder.${p.roundId}.${p.index}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: ROUND_SUBJECT, id: p.roundId }),
});

/** The day after the due date: those who have not submitted, and the policy's escalation audiences, are told. */
export const roundEscalationJob = defineJobSpec({
  name: 'portfolio-round-escalation',
  version: 1,
  schema: z.object({ roundId: z.string().min(1) }),
  jobId: (p) => `portfolio-round-escalation.${p.roundId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: ROUND_SUBJECT, id: p.roundId }),
});
