import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.js';
import { dependencyKeys } from '../ids.js';
import { shareDependencyAnswer } from '../share-dependency-answer.js';

/**
 * Shares one recorded answer (`shareDependencyAnswer`) outside the click that recorded it, so a failure or a
 * restart is retried rather than lost (a second click sees the new status and changes nothing). One job per
 * `DependencyChange`; the edits in place are idempotent and the other side's notice has an outbox key per
 * change and person, so a retry or a second run never tells anyone twice.
 */
export const shareDependencyAnswerJob = defineJob({
  name: 'dependencies.share-answer',
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
  handle: (p, services) =>
    shareDependencyAnswer(services, {
      dependencyId: p.dependencyId,
      actorId: p.actorId,
      exceptDeliveryKey: p.exceptDeliveryKey,
      statusChangeId: p.tellOtherSide ? p.changeId : null,
    }),
});
