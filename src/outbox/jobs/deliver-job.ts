import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/** Sends one outbox row (`deliver-handler.ts`). One job per row. */
export const deliverJob = defineJobSpec({
  name: 'deliver',
  version: 1,
  schema: z.object({ deliveryId: z.string().min(1) }),
  jobId: (p) => `deliver.${p.deliveryId}`,
  attempts: 8,
  backoffMs: 2_000,
  subject: (p) => ({ type: 'delivery', id: p.deliveryId }),
});
