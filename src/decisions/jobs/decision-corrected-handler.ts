import { defineJobHandler } from '../../jobs/job-handler.js';
import { refreshPublished } from '../record-decision.js';
import { decisionCorrectedJob } from './decision-corrected-job.js';

/** Reads the decision when it runs, so running it again edits the same messages to the same content. */
export const decisionCorrectedHandler = defineJobHandler(decisionCorrectedJob, {
  async handle({ meetingId, itemId }, services) {
    await refreshPublished(services, meetingId, itemId);
  },
});
