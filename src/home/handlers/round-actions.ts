import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, TurnContext } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { buildProgressMessage } from '../../portfolio/build-progress-message.js';
import { closeOrAsk } from '../../portfolio/handlers/close-round.js';
import { loadRoundScope } from '../../portfolio/load-round-scope.js';
import { portfolioTexts } from '../../portfolio/texts.js';
import type { Payload } from '../../ui/model.js';
import { HomeActionIds } from '../ids.js';

async function roundOf(ctx: TurnContext, payload: Payload) {
  await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'manage_round' });
  const round = typeof payload.roundId === 'string' ? await ctx.services.db.reportingRound.findUnique({ where: { id: payload.roundId } }) : null;
  if (!round) throw new AppError(ErrorCode.NotFound, 'home: no such round', portfolioTexts.noOpenRound);
  return round;
}

/** "See progress" on the home: the round's progress card (`round status`), with its remind and close buttons. */
export const roundProgressAction: ActionDefinition = {
  actionId: HomeActionIds.roundProgress,
  requiresPerson: true,
  async run(ctx, payload) {
    const round = await roundOf(ctx, payload);
    return reply.message(buildProgressMessage(ctx.actor.locale, round, await loadRoundScope(ctx.services.db, round)));
  },
};

/** "Close the round" on the home: as `round close`: asks first, naming how many reports are missing. */
export const closeRoundAction: ActionDefinition = {
  actionId: HomeActionIds.closeRound,
  requiresPerson: true,
  async run(ctx, payload) {
    return closeOrAsk(ctx, await roundOf(ctx, payload), false, reply.message);
  },
};
