import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { loadDependencyForAnswer } from '../../dependencies/load-dependency-for-answer.js';
import { rebuildDependencyMessage } from '../../dependencies/rebuild-dependency-message.js';
import { HomeActionIds } from '../ids.js';

/**
 * "Answer" on a red dependency in the home: the dependency's own message as a new message, with its answer
 * buttons (still red, now yellow, now green, resolved, snooze), which then update that message in place.
 */
export const showDependencyAction: ActionDefinition = {
  actionId: HomeActionIds.showDependency,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const { dependency } = await loadDependencyForAnswer(services.db, actor.personId, { d: payload.d ?? null });
    return reply.message(await rebuildDependencyMessage(services, { deliveryKey: null, dependencyId: dependency.id, locale: actor.locale, readerId: actor.personId }));
  },
};
