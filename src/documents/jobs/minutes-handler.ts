import { defineJobHandler } from '../../jobs/job-handler.js';
import { sendMinutes } from '../send-minutes.js';
import { minutesJob } from './minutes-job.js';

/** Safe to run twice: versions are made only on change and every message has its outbox key. */
export const minutesHandler = defineJobHandler(minutesJob, {
  async handle({ meetingId, reason }, services) {
    await sendMinutes(services, meetingId, reason);
  },
});
