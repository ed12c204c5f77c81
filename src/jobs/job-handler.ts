import type { z } from 'zod';
import type { AppServices } from '../app/services.js';
import type { JobSpec } from './job-spec.js';

/**
 * How a job runs: the idempotent `handle` for its spec's payload, and what happens when it fails for good. Only
 * the worker's registry (`job-registry.ts`) imports handlers; code that schedules a job imports its spec.
 */
export interface JobHandler<S extends z.ZodType = z.ZodType> {
  spec: JobSpec<S>;
  handle(payload: z.infer<S>, services: AppServices): Promise<void>;
  /**
   * Runs once when the job has failed for good (attempts used up, or a failure retrying cannot mend). Without
   * one, the secretariat gets the generic notice (`notify-job-failure.ts`): a job never fails in silence.
   */
  onFinalFailure?(payload: z.infer<S>, services: AppServices, reason: string): Promise<void>;
}

export function defineJobHandler<S extends z.ZodType>(spec: JobSpec<S>, parts: Omit<JobHandler<S>, 'spec'>): JobHandler<S> {
  return { spec, ...parts };
}
