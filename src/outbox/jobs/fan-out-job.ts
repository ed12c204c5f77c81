import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * Expands a staged fan-out (a message to many people) into one delivery per recipient, batch by batch.
 * Runs as `fan-out-handler.ts`.
 */
export const fanOutJob = defineJobSpec({
  name: 'fan-out',
  version: 1,
  schema: z.object({ key: z.string().min(1) }),
  jobId: (p) => `fan-out.${p.key}`,
  attempts: 8,
  backoffMs: 2_000,
  subject: (p) => ({ type: 'fan-out', id: p.key }),
});
