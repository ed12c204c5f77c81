import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { dependencyKeys } from '../ids.js';

/**
 * A dependency still red after its due date: the portfolio's secretariat is told, once per dependency and due
 * date (`dependency-escalation-handler.ts`).
 */
export const dependencyEscalationJob = defineJobSpec({
  name: 'dependencies.escalation',
  version: 1,
  schema: z.object({ dependencyId: z.string().min(1), dueDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  jobId: (p) => dependencyKeys.escalation(p.dependencyId, p.dueDay),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'dependency-escalation', id: p.dependencyId }),
});
