import { queueNotice } from '../../documents/jobs/notice-job.js';
import { defineJobHandler } from '../../jobs/job-handler.js';
import { refreshPostedAgenda } from '../refresh-posted-agenda.js';
import { agendaRefreshJob } from './agenda-refresh-job.js';

/**
 * Reads the agenda when it runs, so running it again is harmless. A change made while it runs asks for the job
 * again, and the worker runs it once more (see src/jobs/start-worker.ts).
 */
export const agendaRefreshHandler = defineJobHandler(agendaRefreshJob, {
  async handle({ meetingId }, services) {
    if (await refreshPostedAgenda(services, meetingId)) await queueNotice(services, meetingId);
  },
});
