import { assertAccess } from '../../access/decide-access.js';
import { confirmationMessage } from '../../conversation/confirm-actions.js';
import type { ActionDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { closeQuestion, roundClosedMessage } from '../build-round-closed.js';
import { closeRound, reopenRound } from '../close-round.js';
import { PortfolioActions } from '../ids.js';
import { loadRoundScope } from '../load-round-scope.js';
import { portfolioTexts as T } from '../texts.js';

type Round = { id: string; label: string; dueDate: Date; includePlanned: boolean; state: string };

/**
 * Closes the round, or first asks when reports are missing (naming how many). `confirmed` is set by the
 * confirmation's own button and by buttons that asked with a confirm dialog.
 */
export async function closeOrAsk({ services, actor }: TurnContext, round: Round, confirmed: boolean, answer: (message: ReturnType<typeof plainMessage>) => Reply): Promise<Reply> {
  if (round.state === 'open' && !confirmed) {
    const question = closeQuestion(actor.locale, round, await loadRoundScope(services.db, round));
    if (question) return reply.message(confirmationMessage(question, { actionId: PortfolioActions.closeRound, payload: { roundId: round.id }, style: 'danger' }));
  }
  const { posted } = await closeRound(services, round.id);
  return answer(roundClosedMessage(actor.locale, round, posted));
}

async function loadRound(ctx: TurnContext, roundId: unknown): Promise<Round> {
  await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'manage_round' });
  const round = typeof roundId === 'string' ? await ctx.services.db.reportingRound.findUnique({ where: { id: roundId } }) : null;
  if (!round) throw new AppError(ErrorCode.NotFound, 'portfolio: no such round', T.noOpenRound);
  return round;
}

/** "Close the round": from the progress card (Slack's dialog or Teams' confirmation card asked) or a confirmation step. */
export const closeRoundAction: ActionDefinition = {
  actionId: PortfolioActions.closeRound,
  requiresPerson: true,
  async run(ctx, payload) {
    return closeOrAsk(ctx, await loadRound(ctx, payload.roundId), payload.confirmed === true, reply.update);
  },
};

/** Reopens a closed round, so owners can submit and correct again. */
export async function reopenReply(ctx: TurnContext, round: Round, answer: (message: ReturnType<typeof plainMessage>) => Reply): Promise<Reply> {
  const reopened = await reopenRound(ctx.services, round.id);
  return answer(plainMessage(t(ctx.actor.locale, reopened ? T.reopened : T.notClosed, { label: round.label })));
}

/** "Reopen the round" under the answer to closing it. */
export const reopenRoundAction: ActionDefinition = {
  actionId: PortfolioActions.reopenRound,
  requiresPerson: true,
  async run(ctx, payload) {
    return reopenReply(ctx, await loadRound(ctx, payload.roundId), reply.message);
  },
};
