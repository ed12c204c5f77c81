import { assertAccess } from '../../access/decide-access.js';
import { calendarDayOf } from '../../calendar/working-days.js';
import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { buildFollowUpDoneMessage } from '../build-follow-up-reminder.js';
import { DecisionActionIds } from '../ids.js';
import { loadFollowUp } from '../load-follow-up.js';
import { loadFollowUpsMessage } from '../load-follow-ups-message.js';
import { markFollowUpDone } from '../mark-follow-up-done.js';

/**
 * "Done" on a follow-up, from the owner's reminder or the `follow-ups` list. Only the owner or the
 * committee's secretariat may. The clicked message is replaced: the reminder says it is done, the list is
 * shown again without it.
 */
export const followUpDoneAction: ActionDefinition = {
  actionId: DecisionActionIds.followUpDone,
  requiresPerson: true,
  async run({ actor, services }, payload) {
    const followUpId = typeof payload.followUpId === 'string' ? payload.followUpId : '';
    const followUp = followUpId ? await loadFollowUp(services.db, followUpId) : null;
    if (!followUp) throw new AppError(ErrorCode.NotFound, 'follow-up not found');
    await assertAccess(services.db, actor.personId, {
      action: 'complete_follow_up',
      followUp: { ownerId: followUp.ownerId, committeeId: followUp.decision.item.committeeId },
    });
    const done = await markFollowUpDone(services, followUpId, actor.personId!);
    if (payload.via === 'list') return reply.update(await loadFollowUpsMessage(services.db, actor.personId!, calendarDayOf(services.clock()), actor.locale));
    const by = await services.db.person.findUniqueOrThrow({ where: { id: actor.personId! } });
    return reply.update(buildFollowUpDoneMessage(done, by.name, actor.locale));
  },
};
