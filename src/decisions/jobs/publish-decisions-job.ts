import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.js';
import { notifyNothingToPublish, publishDecisions } from '../publish-decisions.js';

/**
 * Publishes a meeting's decisions. Queued by the secretariat's "publish" (now) and by the cycle's
 * `decision_summary` milestone (src/meetings schedules it with `runAt`); both use the same id, so whichever
 * comes first runs and the other finds the work done (`publishDecisions` is idempotent).
 */
export const publishDecisionsJob = defineJob({
  name: 'decisions.publish',
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => `decisions.${p.meetingId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting', id: p.meetingId }),
  async handle({ meetingId }, services) {
    const meeting = await services.db.meeting.findUnique({ where: { id: meetingId } });
    if (!meeting || meeting.state === 'cancelled') return;
    const result = await publishDecisions(services, meetingId);
    if (result === 'nothing_recorded') await notifyNothingToPublish(services, meetingId);
  },
});
