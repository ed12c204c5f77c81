import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { dependencyKeys } from '../ids.js';

/**
 * One person's red-dependency reminder for one day (`dependency-reminder-handler.ts`): grouped (no
 * `dependencyId`, the default) or for the one dependency whose reminder day it is.
 */
export const dependencyReminderJob = defineJobSpec({
  name: 'dependencies.reminder',
  version: 1,
  schema: z.object({ personId: z.string().min(1), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), dependencyId: z.string().min(1).optional() }),
  jobId: (p) => dependencyKeys.reminder(p.personId, p.day, p.dependencyId),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'dependency-reminder', id: p.personId }),
});
