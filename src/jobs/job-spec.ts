import type { z } from 'zod';

/**
 * What a job is, as the code that schedules it sees it: a name, the payload's schema at its current version, a
 * deterministic id so the same work is never queued twice, a retry policy and the subject the mirror row is
 * about. It knows nothing of how the job runs (that is its handler, `job-handler.ts`), so any module can import
 * a spec without pulling in the code the job runs.
 */
export interface JobSpec<S extends z.ZodType = z.ZodType> {
  name: string;
  /**
   * The payload schema's version, from 1. Raise it when the payload's shape changes, and say in `upgrade` how an
   * older stored payload becomes the current one: jobs queued before a deploy still run after it.
   */
  version: number;
  schema: S;
  /** Turns a payload stored at an older `fromVersion` into the current shape (it is parsed with `schema` afterwards). */
  upgrade?(payload: unknown, fromVersion: number): unknown;
  /** The same payload always gives the same id. BullMQ ids may not contain ':'. */
  jobId(payload: z.infer<S>): string;
  attempts: number;
  /** First retry delay; doubled on each attempt. */
  backoffMs: number;
  /** What the mirror row in the database is about (for cancelling by subject). */
  subject?(payload: z.infer<S>): { type: string; id: string };
}

export function defineJobSpec<S extends z.ZodType>(spec: JobSpec<S>): JobSpec<S> {
  if (!Number.isInteger(spec.version) || spec.version < 1) throw new Error(`Job ${spec.name}: version must be an integer from 1`);
  return spec;
}

/**
 * A stored payload in the spec's current shape: upgraded when it was written at an older version, then parsed.
 * Throws (a ZodError, or the upgrade's own error) when it cannot be read; a payload from a newer version than
 * this code knows is refused rather than guessed at.
 */
export function readPayload<S extends z.ZodType>(spec: JobSpec<S>, payload: unknown, version: number = spec.version): z.infer<S> {
  if (version > spec.version) throw new Error(`payload version ${version} is newer than ${spec.name}'s version ${spec.version}`);
  let current = payload;
  if (version < spec.version) {
    if (!spec.upgrade) throw new Error(`no upgrade of ${spec.name} from payload version ${version} to ${spec.version}`);
    current = spec.upgrade(payload, version);
  }
  return spec.schema.parse(current) as z.infer<S>;
}
