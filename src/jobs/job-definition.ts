import type { z } from 'zod';
import type { AppServices } from '../app/services.js';

/**
 * A queued job: a name, a zod payload schema (checked when enqueued and again in the worker), a
 * deterministic id so the same work is never queued twice, an explicit retry policy and an idempotent
 * handler. Every definition is listed in `job-registry.ts`.
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  /** The same payload always gives the same id. BullMQ ids may not contain ':'. */
  jobId(payload: z.infer<S>): string;
  attempts: number;
  /** First retry delay; doubled on each attempt. */
  backoffMs: number;
  handle(payload: z.infer<S>, services: AppServices): Promise<void>;
  /** Runs once when the job has failed for good (attempts used up, or a failure retrying cannot mend). */
  onFinalFailure?(payload: z.infer<S>, services: AppServices, reason: string): Promise<void>;
  /** What the mirror row in the database is about (for cancelling by subject). */
  subject?(payload: z.infer<S>): { type: string; id: string };
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
