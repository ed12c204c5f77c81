import { defineJobHandler } from '../../jobs/job-handler.js';
import { dropIdleRemindersAbout } from '../drop-idle-reminders.js';
import { shareDependencyAnswer } from '../share-dependency-answer.js';
import { shareDependencyAnswerJob } from './share-dependency-answer-job.js';

/**
 * The edits in place are idempotent and the other side's notice has an outbox key per change and person, so a
 * retry or a second run never tells anyone twice (a second click sees the new status and changes nothing). A
 * dependency that has left red also takes its people's reminder jobs that would now send nothing off the queue.
 */
export const shareDependencyAnswerHandler = defineJobHandler(shareDependencyAnswerJob, {
  async handle(p, services) {
    await shareDependencyAnswer(services, {
      dependencyId: p.dependencyId,
      actorId: p.actorId,
      exceptDeliveryKey: p.exceptDeliveryKey,
      statusChangeId: p.tellOtherSide ? p.changeId : null,
    });
    await dropIdleRemindersAbout(services, p.dependencyId);
  },
});
