import { defineJobHandler } from '../../jobs/job-handler.js';
import { shareDependencyAnswer } from '../share-dependency-answer.js';
import { shareDependencyAnswerJob } from './share-dependency-answer-job.js';

/**
 * The edits in place are idempotent and the other side's notice has an outbox key per change and person, so a
 * retry or a second run never tells anyone twice (a second click sees the new status and changes nothing).
 */
export const shareDependencyAnswerHandler = defineJobHandler(shareDependencyAnswerJob, {
  handle: (p, services) =>
    shareDependencyAnswer(services, {
      dependencyId: p.dependencyId,
      actorId: p.actorId,
      exceptDeliveryKey: p.exceptDeliveryKey,
      statusChangeId: p.tellOtherSide ? p.changeId : null,
    }),
});
