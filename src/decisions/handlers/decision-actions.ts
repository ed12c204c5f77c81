import type { ActionDefinition } from '../../conversation/handler-types.js';
import { AppError, ErrorCode } from '../../errors.js';
import type { Payload } from '../../ui/model.js';
import { DecisionActionIds } from '../ids.js';
import { followUpDoneAction } from './follow-up-done-action.js';
import { attendanceFormReply, decisionFormReply, publishReply } from './decision-replies.js';

function id(payload: Payload, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || !value) throw new AppError(ErrorCode.NotFound, `button payload without ${key}`);
  return value;
}

/** The buttons of the secretariat's overview (record a decision, attendance, publish) and a follow-up's "Done". */
export const decisionActions: ActionDefinition[] = [
  { actionId: DecisionActionIds.record, requiresPerson: true, run: (ctx, payload) => decisionFormReply(ctx, id(payload, 'itemId')) },
  { actionId: DecisionActionIds.attendance, requiresPerson: true, run: (ctx, payload) => attendanceFormReply(ctx, id(payload, 'meetingId')) },
  { actionId: DecisionActionIds.publish, requiresPerson: true, run: (ctx, payload) => publishReply(ctx, id(payload, 'meetingId')) },
  followUpDoneAction,
];
