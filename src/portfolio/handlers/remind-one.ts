import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { describeReminded } from '../describe-reminded.js';
import { PortfolioActions } from '../ids.js';
import { loadOpenRound } from '../load-open-round.js';
import { remindNow } from '../remind-now.js';

/** "Remind <initiative>" in the round's progress message: the secretariat reminds one missing owner now. */
export const remindOneAction: ActionDefinition = {
  actionId: PortfolioActions.remindOne,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    await assertAccess(services.db, actor.personId, { action: 'manage_round' });
    const round = await loadOpenRound(services.db, payload.roundId);
    const initiativeId = typeof payload.initiativeId === 'string' ? payload.initiativeId : undefined;
    const reminded = await remindNow(services, round, initiativeId);
    return reply.message(plainMessage(describeReminded(actor.locale, reminded, initiativeId !== undefined)));
  },
};
