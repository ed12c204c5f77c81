import { defineJobHandler } from '../../jobs/job-handler.js';
import { shareNotice } from '../share-notice.js';
import { noticeJob } from './notice-job.js';

/** Reads the meeting when it runs; a version already shared is not shared again, so a second run is harmless. */
export const noticeHandler = defineJobHandler(noticeJob, {
  async handle({ meetingId }, services) {
    await shareNotice(services, meetingId);
  },
});
