import { defineJobHandler } from '../../jobs/job-handler.js';
import { expandFanOut } from '../expand-fan-out.js';
import { fanOutJob } from './fan-out-job.js';

/** Idempotent and resumable: the fan-out's cursor says where it stopped, and every delivery has its key. */
export const fanOutHandler = defineJobHandler(fanOutJob, {
  async handle({ key }, services) {
    await expandFanOut(services, key);
  },
});
