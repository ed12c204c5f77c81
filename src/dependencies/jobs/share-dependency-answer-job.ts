import { z } from 'zod';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { dependencyKeys } from '../ids.js';

/**
 * Shares one recorded answer outside the click that recorded it (`share-dependency-answer-handler.ts`), so a
 * failure or a restart is retried rather than lost. One job per `DependencyChange`.
 */
export const shareDependencyAnswerJob = defineJobSpec({
  name: 'dependencies.share-answer',
  version: 1,
  schema: z.object({
    dependencyId: z.string().min(1),
    actorId: z.string().min(1),
    changeId: z.string().min(1),
    /** The change set a new status (or resolved): the other side is told. */
    tellOtherSide: z.boolean(),
    exceptDeliveryKey: z.string().min(1).nullable(),
  }),
  jobId: (p) => dependencyKeys.shareAnswer(p.changeId),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'dependency-share', id: p.dependencyId }),
});
