import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.js';
import { expandFanOut } from '../expand-fan-out.js';

/**
 * Expands a staged fan-out (a message to many people) into one delivery per recipient, batch by batch.
 * Idempotent and resumable: the fan-out's cursor says where it stopped, and every delivery has its key.
 */
export const fanOutJob = defineJob({
  name: 'fan-out',
  schema: z.object({ key: z.string().min(1) }),
  jobId: (p) => `fan-out.${p.key}`,
  attempts: 8,
  backoffMs: 2_000,
  subject: (p) => ({ type: 'fan-out', id: p.key }),
  async handle({ key }, services) {
    await expandFanOut(services, key);
  },
});
