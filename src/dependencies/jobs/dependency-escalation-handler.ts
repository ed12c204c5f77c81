import { defineJobHandler } from '../../jobs/job-handler.js';
import { DependencyMessageKinds } from '../build-dependency-message.js';
import { dueDayOf } from '../dependency-labels.js';
import { isOpenRed } from '../dependency-people.js';
import { portfolioSecretariatIds } from '../../access/portfolio-committee.js';
import { dependencyKeys } from '../ids.js';
import { loadDependencyViews } from '../load-dependency-views.js';
import { sendDependencyMessage } from '../send-dependency-message.js';
import { dependencyEscalationJob } from './dependency-escalation-job.js';

/** Skipped when the dependency is no longer red, resolved, or its due date has moved since it was scheduled. */
export const dependencyEscalationHandler = defineJobHandler(dependencyEscalationJob, {
  async handle({ dependencyId, dueDay }, services) {
    const views = await loadDependencyViews(services.db, [dependencyId]);
    const dependency = views[0]?.dependency;
    if (!dependency || !isOpenRed(dependency) || !dependency.dueDate || dueDayOf(dependency.dueDate) !== dueDay) return;
    for (const personId of await portfolioSecretariatIds(services.db)) {
      await sendDependencyMessage(services, {
        personId,
        kind: DependencyMessageKinds.escalation,
        idempotencyKey: dependencyKeys.escalationMessage(dependencyId, dueDay, personId),
        views,
      });
    }
  },
});
