import type { ActionDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { distributeNow } from '../distribute-now.js';
import { MeetingActionIds } from '../ids.js';
import { meetingToManage, readId } from './read-ids.js';

/** "Distribute now" button: posts the agenda at once, missing papers marked "to follow" (secretariat). */
export const distributeNowAction: ActionDefinition = {
  actionId: MeetingActionIds.distributeNow,
  requiresPerson: true,
  async run(ctx, payload) {
    const meeting = await meetingToManage(ctx, readId(payload, 'meetingId'));
    return reply.message(plainMessage(await distributeNow(ctx.services, meeting.id, ctx.actor.locale)));
  },
};
