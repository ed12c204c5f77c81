import type { AppServices } from '../app/services.js';
import type { JobHandler } from './job-handler.js';
import { readPayload } from './job-spec.js';
import { notifyJobFailure } from './notify-job-failure.js';

export interface JobFailure {
  name: string;
  jobId: string;
  /** The payload as stored, and the spec version it was written with. */
  payload: unknown;
  payloadVersion: number;
  reason: string;
}

/**
 * What happens once a job has failed for good (its mirror row already says so): it is logged, and the handler's
 * `onFinalFailure` runs; when the job has none, or its payload can no longer be read, the secretariat gets the
 * generic notice instead. Used by the worker and by the sweep (for a copy BullMQ failed on its own).
 */
export async function reportJobFailure(services: AppServices, handler: JobHandler | undefined, failure: JobFailure): Promise<void> {
  services.log.error('job failed for good', { job: failure.name, jobId: failure.jobId, reason: failure.reason });
  if (handler?.onFinalFailure) {
    let payload: unknown;
    let readable = true;
    try {
      payload = readPayload(handler.spec, failure.payload, failure.payloadVersion);
    } catch {
      readable = false;
    }
    if (readable) {
      await handler.onFinalFailure(payload, services, failure.reason);
      return;
    }
  }
  await notifyJobFailure(services, { name: failure.name, jobId: failure.jobId, reason: failure.reason });
}
