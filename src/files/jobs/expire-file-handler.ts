import { defineJobHandler } from '../../jobs/job-handler.js';
import { deleteExpiredFiles } from '../delete-expired-files.js';
import { expireFileJob } from './expire-file-job.js';

/**
 * Deletes the file the job is for, and with it every other file past its lifetime (files stored before expiry
 * jobs existed have none of their own). Idempotent: a file already gone is not an error.
 */
export const expireFileHandler = defineJobHandler(expireFileJob, {
  async handle({ fileId }, services) {
    const { DATA_DIR, FILE_RETENTION_DAYS } = services.config;
    const deleted = await deleteExpiredFiles(DATA_DIR, { fileId, now: services.clock(), retentionDays: FILE_RETENTION_DAYS });
    if (deleted > 0) services.log.info('deleted expired files', { deleted });
  },
});
