import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { describeRemindedAll } from '../describe-reminded.js';
import { PortfolioActions } from '../ids.js';
import { loadOpenRound } from '../load-open-round.js';
import { remindAllNow } from '../remind-all-now.js';

/** "Remind all missing" in the round's progress message: the secretariat reminds every missing owner now. */
export const remindAllAction: ActionDefinition = {
  actionId: PortfolioActions.remindAll,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    await assertAccess(services.db, actor.personId, { action: 'manage_round' });
    const round = await loadOpenRound(services.db, payload.roundId);
    return reply.message(plainMessage(describeRemindedAll(actor.locale, await remindAllNow(services, round))));
  },
};
