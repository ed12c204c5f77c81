import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { changeAgendaItem } from '../change-agenda-item.js';
import { MeetingActionIds } from '../ids.js';
import { showMeetingStatus } from '../show-meeting-status.js';
import { itemToManage, readId } from './read-ids.js';

/** Up, down and remove on an agenda item share one shape: change the item, redraw the status overview in place. */
function moveItem(actionId: ActionDefinition['actionId'], change: 'up' | 'down' | 'remove'): ActionDefinition {
  return {
    actionId,
    requiresPerson: true,
    async run(ctx, payload) {
      await itemToManage(ctx, readId(payload, 'itemId'));
      const { meeting } = await changeAgendaItem(ctx.services, readId(payload, 'itemId'), change);
      return reply.update(await showMeetingStatus(ctx.services, meeting.id, ctx.actor.locale));
    },
  };
}

export const moveItemUpAction = moveItem(MeetingActionIds.moveItemUp, 'up');
export const moveItemDownAction = moveItem(MeetingActionIds.moveItemDown, 'down');
export const removeItemAction = moveItem(MeetingActionIds.removeItem, 'remove');
