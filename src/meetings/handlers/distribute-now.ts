import { confirmationMessage } from '../../conversation/confirm-actions.js';
import type { ActionDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { distributeNow } from '../distribute-now.js';
import { distributeQuestion } from '../distribute-question.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import type { Locale } from '../../i18n/locale.js';
import type { Message } from '../../ui/model.js';
import { MeetingActionIds } from '../ids.js';
import { meetingToManage, readId } from './read-ids.js';

/** The confirmation step before a distribution (the command's answer; the status card's button asks with a dialog). */
export function distributeConfirmation(locale: Locale, meeting: { id: string } & Parameters<typeof meetingLabel>[0]): Message {
  return confirmationMessage(distributeQuestion(locale, meetingLabel(meeting)), { actionId: MeetingActionIds.distributeNow, payload: { meetingId: meeting.id }, style: 'primary' });
}

/** "Distribute now" button: posts the agenda at once, missing papers marked "to follow" (secretariat). */
export const distributeNowAction: ActionDefinition = {
  actionId: MeetingActionIds.distributeNow,
  requiresPerson: true,
  async run(ctx, payload) {
    const meeting = await meetingToManage(ctx, readId(payload, 'meetingId'));
    if (payload.confirmed !== true) return reply.message(distributeConfirmation(ctx.actor.locale, meeting));
    return reply.message(plainMessage(await distributeNow(ctx.services, meeting.id, ctx.actor.locale)));
  },
};
