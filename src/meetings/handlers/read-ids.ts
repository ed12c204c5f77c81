import { assertAccess } from '../../access/decide-access.js';
import type { TurnContext } from '../../conversation/handler-types.js';
import { AppError, ErrorCode } from '../../errors.js';
import type { Payload } from '../../ui/model.js';
import { loadMeeting } from '../load-meeting.js';

/** The id under `key` in a button's payload or a form's context; a missing one is a bug of ours, not the person's. */
export function readId(payload: Payload, key: string, from: 'button' | 'form' = 'button'): string {
  const value = payload[key];
  if (typeof value !== 'string' || !value) throw new AppError(ErrorCode.InvalidInput, `${from} without ${key}`);
  return value;
}

/** The meeting a button or form names, once the asker is known to be its committee's secretariat. */
export async function meetingToManage(ctx: TurnContext, meetingId: string) {
  const meeting = await loadMeeting(ctx.services.db, meetingId);
  await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'manage_meeting', committeeId: meeting.committeeId });
  return meeting;
}

/** The agenda item a button names, once the asker is known to be its committee's secretariat. */
export async function itemToManage(ctx: TurnContext, itemId: string) {
  const item = await ctx.services.db.agendaItem.findUnique({ where: { id: itemId } });
  if (!item) throw new AppError(ErrorCode.NotFound, `item ${itemId} not found`);
  await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'manage_meeting', committeeId: item.committeeId });
  return item;
}
