import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { buildFollowUpDoneMessage } from '../build-follow-up-reminder.js';
import { DecisionActionIds } from '../ids.js';
import { decisionTexts } from '../texts.js';
import { followUpsMessage } from './follow-ups-command.js';
import { loadFollowUp } from '../load-follow-up.js';
import { markFollowUpDone } from '../mark-follow-up-done.js';

/**
 * "Done" on a follow-up, from the owner's reminder or the `follow-ups` list. Only the owner or the
 * committee's secretariat may. The clicked message is replaced: the reminder says it is done, the list is
 * shown again without it.
 */
export const followUpDoneAction: ActionDefinition = {
  actionId: DecisionActionIds.followUpDone,
  requiresPerson: true,
  async run(ctx, payload) {
    const { actor, services } = ctx;
    const followUpId = typeof payload.followUpId === 'string' ? payload.followUpId : '';
    const followUp = followUpId ? await loadFollowUp(services.db, followUpId) : null;
    if (!followUp) throw new AppError(ErrorCode.NotFound, 'follow-up not found');
    const committeeId = followUp.decision.item.committeeId;
    const allowed =
      followUp.ownerId === actor.personId ||
      (await services.db.membership.count({ where: { personId: actor.personId!, committeeId, role: 'secretariat' } })) > 0;
    if (!allowed) throw new AppError(ErrorCode.Forbidden, 'not the owner nor the secretariat', decisionTexts.onlyOwnerOrSecretariat);
    const done = await markFollowUpDone(services, followUpId, actor.personId!);
    if (payload.via === 'list') return reply.update(await followUpsMessage(ctx));
    const by = await services.db.person.findUniqueOrThrow({ where: { id: actor.personId! } });
    return reply.update(buildFollowUpDoneMessage(done, by.name, actor.locale));
  },
};
