import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { formatMeetingRef } from '../../i18n/format-numbers.js';
import { t } from '../../i18n/text.js';
import { DecisionActionIds } from '../ids.js';
import { requestPublish } from '../request-publish.js';
import { decisionTexts } from '../texts.js';
import { readId } from './read-id.js';

/** Queues the publishing of a meeting's decisions, for its committee's secretariat (the button and `decisions publish ...`). */
export async function publishReply({ actor, services }: TurnContext, meetingId: string): Promise<Reply> {
  const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { committee: true } });
  await assertAccess(services.db, actor.personId, { action: 'record_decisions', committeeId: meeting.committeeId });
  await requestPublish(services, meetingId);
  return reply.message(plainMessage(t(actor.locale, decisionTexts.publishQueued, { meeting: formatMeetingRef(meeting.committee.key, meeting) })));
}

/** "Publish" in the `decisions` overview. */
export const publishDecisionsAction: ActionDefinition = {
  actionId: DecisionActionIds.publish,
  requiresPerson: true,
  run: (ctx, payload) => publishReply(ctx, readId(payload, 'meetingId')),
};
