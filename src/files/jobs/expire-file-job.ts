import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';

/** The subject of a file's expiry job in the job mirror: the file's id. */
export const FILE_SUBJECT = 'file';

/**
 * Deletes one generated file when its lifetime (FILE_RETENTION_DAYS) is over, queued by `store-expiring-file.ts`
 * when the file is written; runs as `expire-file-handler.ts`. Its mirror row is also the file's record of
 * expiry: the file route answers 410 for an id whose row is due.
 */
export const expireFileJob = defineJobSpec({
  name: 'files-expire',
  version: 1,
  schema: z.object({ fileId: z.string().regex(/^[0-9a-f-]{36}\.(csv|png|svg|docx|xlsx|ics)$/) }),
  jobId: (p) => expireFileJobId(p.fileId),
  attempts: 5,
  backoffMs: 60_000,
  subject: (p) => ({ type: FILE_SUBJECT, id: p.fileId }),
});

export function expireFileJobId(fileId: string): string {
  return `files-expire.${fileId}`;
}
