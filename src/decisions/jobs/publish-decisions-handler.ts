import { defineJobHandler } from '../../jobs/job-handler.js';
import { notifyNothingToPublish, publishDecisions } from '../publish-decisions.js';
import { publishDecisionsJob } from './publish-decisions-job.js';

/** Publishes once (`publishDecisions` is idempotent); tells the secretariat when nothing was recorded. */
export const publishDecisionsHandler = defineJobHandler(publishDecisionsJob, {
  async handle({ meetingId }, services) {
    const meeting = await services.db.meeting.findUnique({ where: { id: meetingId } });
    if (!meeting || meeting.state === 'cancelled') return;
    const result = await publishDecisions(services, meetingId);
    if (result === 'nothing_recorded') await notifyNothingToPublish(services, meetingId);
  },
});
