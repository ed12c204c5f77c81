import { assertAccess } from '../../access/decide-access.js';
import { confirmationMessage } from '../../conversation/confirm-actions.js';
import type { ActionDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { formatMeetingRef } from '../../i18n/format-numbers.js';
import { t } from '../../i18n/text.js';
import { DecisionActionIds } from '../ids.js';
import { publishQuestion } from '../build-publish-question.js';
import { requestPublish } from '../request-publish.js';
import { decisionTexts } from '../texts.js';
import { readId } from './read-id.js';

/** Queues the publishing of a meeting's decisions, for its committee's secretariat (the button and `decisions publish ...`). */
export async function publishReply({ actor, services }: TurnContext, meetingId: string, confirmed = false): Promise<Reply> {
  const meeting = await services.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { committee: true, agendaItems: { where: { removedAt: null }, include: { decision: true } } },
  });
  await assertAccess(services.db, actor.personId, { action: 'record_decisions', committeeId: meeting.committeeId });
  const meetingRef = formatMeetingRef(meeting.committee.key, meeting);
  if (!confirmed) {
    const items = meeting.agendaItems.map((item) => ({ decision: item.decision?.text ?? null }));
    const question = publishQuestion(actor.locale, { meetingRef, endsAt: meeting.endsAt, items }, services.clock());
    // Refused outright when nothing is recorded; otherwise a premature publish is asked about first.
    if (question && items.some((item) => item.decision)) {
      return reply.message(confirmationMessage(question, { actionId: DecisionActionIds.publish, payload: { meetingId }, style: 'primary' }));
    }
  }
  await requestPublish(services, meetingId);
  return reply.message(plainMessage(t(actor.locale, decisionTexts.publishQueued, { meeting: meetingRef })));
}

/** "Publish" in the `decisions` overview. */
export const publishDecisionsAction: ActionDefinition = {
  actionId: DecisionActionIds.publish,
  requiresPerson: true,
  run: (ctx, payload) => publishReply(ctx, readId(payload, 'meetingId'), payload.confirmed === true),
};
