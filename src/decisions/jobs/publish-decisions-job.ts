import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/**
 * Publishes a meeting's decisions (`publish-decisions-handler.ts`). Queued by the secretariat's "publish" (now)
 * and by the cycle's `decision_summary` milestone (src/meetings schedules it with `runAt`); both use the same id,
 * so whichever comes first runs and the other finds the work done.
 */
export const publishDecisionsJob = defineJobSpec({
  name: 'decisions.publish',
  version: 1,
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => `decisions.${p.meetingId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting', id: p.meetingId }),
});
