import { defineJobHandler } from '../../jobs/job-handler.js';
import { updatePostedSummary } from '../update-posted-summary.js';
import { attendanceSummaryJob } from './attendance-summary-job.js';

/** Reads the attendance when it runs, so running it again edits the same copies to the same content. */
export const attendanceSummaryHandler = defineJobHandler(attendanceSummaryJob, {
  async handle({ meetingId }, services) {
    await updatePostedSummary(services, meetingId);
  },
});
