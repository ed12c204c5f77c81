import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.js';
import { DependencyMessageKinds } from '../build-dependency-message.js';
import { dependencyKeys } from '../ids.js';
import { dueDayOf } from '../dependency-labels.js';
import { isOpenRed, portfolioSecretariatIds } from '../dependency-people.js';
import { loadDependencyViews } from '../load-dependency-views.js';
import { sendDependencyMessage } from '../send-dependency-message.js';

/**
 * A dependency still red after its due date: the portfolio's secretariat is told, once per dependency and due
 * date. Skipped when it is no longer red, resolved, or its due date has moved since it was scheduled.
 */
export const dependencyEscalationJob = defineJob({
  name: 'dependencies.escalation',
  schema: z.object({ dependencyId: z.string().min(1), dueDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  jobId: (p) => dependencyKeys.escalation(p.dependencyId, p.dueDay),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'dependency-escalation', id: p.dependencyId }),
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
