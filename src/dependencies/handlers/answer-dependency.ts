import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply, type Reply } from '../../conversation/reply.js';
import type { Payload } from '../../ui/model.js';
import { DependencyActionIds } from '../ids.js';
import { loadDependencyForAnswer } from '../load-dependency-for-answer.js';
import { rebuildDependencyMessage } from '../rebuild-dependency-message.js';
import { recordDependencyAnswer, type DependencyAnswer } from '../record-dependency-answer.js';

/** A button that records an answer at once and shows the message again, updated in place. */
function answerAction(actionId: string, answerOf: (payload: Payload) => DependencyAnswer): ActionDefinition {
  return {
    actionId: actionId as ActionDefinition['actionId'],
    requiresPerson: true,
    async run(ctx, payload): Promise<Reply> {
      const { dependency, deliveryKey } = await loadDependencyForAnswer(ctx.services.db, ctx.actor.personId, payload);
      await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: answerOf(payload), viaDeliveryKey: deliveryKey });
      return reply.update(await rebuildDependencyMessage(ctx.services, { deliveryKey, dependencyId: dependency.id, locale: ctx.actor.locale, readerId: ctx.actor.personId }));
    },
  };
}

/** "Now yellow", "Now green" and "Resolved" on a red-dependency message: recorded at once. */
export const answerDependencyActions: ActionDefinition[] = [
  answerAction(DependencyActionIds.nowYellow, () => ({ kind: 'status', status: 'yellow' })),
  answerAction(DependencyActionIds.nowGreen, () => ({ kind: 'status', status: 'green' })),
  answerAction(DependencyActionIds.resolved, () => ({ kind: 'resolved' })),
];
