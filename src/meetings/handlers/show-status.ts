import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { MeetingActionIds } from '../ids.js';
import { showMeetingStatus } from '../show-meeting-status.js';
import { meetingToManage, readId } from './read-ids.js';

/** "Status" button: the meeting's status overview, as a new message (secretariat). */
export const showStatusAction: ActionDefinition = {
  actionId: MeetingActionIds.showStatus,
  requiresPerson: true,
  async run(ctx, payload) {
    const meeting = await meetingToManage(ctx, readId(payload, 'meetingId'));
    return reply.message(await showMeetingStatus(ctx.services, meeting.id, ctx.actor.locale));
  },
};
