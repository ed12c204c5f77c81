import { defineJobHandler } from '../../jobs/job-handler.js';
import { refreshOverviewCopies } from '../send-decision-overview.js';
import { overviewCopiesJob } from './overview-copies-job.js';

/** Edits every copy of a meeting's decision overview to show what is saved now (`send-decision-overview.ts`). */
export const overviewCopiesHandler = defineJobHandler(overviewCopiesJob, {
  async handle({ meetingId }, services) {
    await refreshOverviewCopies(services, meetingId);
  },
});
