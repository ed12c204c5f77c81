import type { ActionDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import type { AttendanceAnswer } from '../../generated/prisma/enums.js';
import { t } from '../../i18n/text.js';
import type { Payload } from '../../ui/model.js';
import { changeAgendaItem } from '../change-agenda-item.js';
import { ATTENDEE_ROLES } from '../committee-people.js';
import { distributeNow } from '../distribute-now.js';
import { meetingLabel } from '../format-numbers.js';
import { loadMeeting } from '../load-meeting.js';
import { buildCancelForm, buildDeputyForm, buildItemForm, buildMeetingForm, buildPaperForm } from '../meeting-forms.js';
import { MeetingActionIds } from '../ids.js';
import { meetingTexts } from '../texts.js';
import { recordAttendanceReply } from '../record-attendance-reply.js';
import { hasCommitteeRole, requireCommitteeRole } from '../require-committee-role.js';
import { showMeetingStatus } from '../show-meeting-status.js';

function id(payload: Payload, key: string): string {
  const value = payload[key];
  if (typeof value !== 'string' || !value) throw new AppError(ErrorCode.InvalidInput, `button without ${key}`);
  return value;
}

/** The meeting behind a button, with the secretariat check done. */
async function meetingForSecretariat(ctx: TurnContext, meetingId: string) {
  const meeting = await loadMeeting(ctx.services.db, meetingId);
  await requireCommitteeRole(ctx.services.db, ctx.actor.personId, meeting.committeeId);
  return meeting;
}

async function itemForSecretariat(ctx: TurnContext, itemId: string) {
  const item = await ctx.services.db.agendaItem.findUnique({ where: { id: itemId } });
  if (!item) throw new AppError(ErrorCode.NotFound, `item ${itemId} not found`);
  await requireCommitteeRole(ctx.services.db, ctx.actor.personId, item.committeeId);
  return item;
}

/** The people a presenter can be chosen from: the roster, by name (the first 100). */
export async function presenterChoices(ctx: TurnContext) {
  return ctx.services.db.person.findMany({ orderBy: { name: 'asc' }, take: 100, select: { id: true, name: true } });
}

function moveItem(actionId: ActionDefinition['actionId'], change: 'up' | 'down' | 'remove'): ActionDefinition {
  return {
    actionId,
    requiresPerson: true,
    async run(ctx, payload) {
      await itemForSecretariat(ctx, id(payload, 'itemId'));
      const { meeting } = await changeAgendaItem(ctx.services, id(payload, 'itemId'), change);
      return reply.update(await showMeetingStatus(ctx.services, meeting.id, ctx.actor.locale));
    },
  };
}

function attendance(actionId: ActionDefinition['actionId'], answer: AttendanceAnswer): ActionDefinition {
  return {
    actionId,
    requiresPerson: true,
    async run(ctx, payload) {
      const meeting = await loadMeeting(ctx.services.db, id(payload, 'meetingId'));
      await requireCommitteeRole(ctx.services.db, ctx.actor.personId, meeting.committeeId, ATTENDEE_ROLES, meetingTexts.onlyMembers);
      if (answer === 'deputy') return reply.form(buildDeputyForm(ctx.actor.locale, meeting.id));
      await recordAttendanceReply(ctx.services.db, { meetingId: meeting.id, personId: ctx.actor.personId!, answer });
      const text = t(ctx.actor.locale, answer === 'attending' ? meetingTexts.answerAttending : meetingTexts.answerNotAttending, { meeting: meetingLabel(meeting) });
      return reply.update(plainMessage(text));
    },
  };
}

/** Every button of the meetings capability. */
export const meetingActions: ActionDefinition[] = [
  {
    actionId: MeetingActionIds.showStatus,
    requiresPerson: true,
    async run(ctx, payload) {
      const meeting = await meetingForSecretariat(ctx, id(payload, 'meetingId'));
      return reply.message(await showMeetingStatus(ctx.services, meeting.id, ctx.actor.locale));
    },
  },
  {
    actionId: MeetingActionIds.addItem,
    requiresPerson: true,
    async run(ctx, payload) {
      const meeting = await meetingForSecretariat(ctx, id(payload, 'meetingId'));
      return reply.form(buildItemForm(ctx.actor.locale, { meetingId: meeting.id, timeZone: meeting.committee.timeZone, people: await presenterChoices(ctx) }));
    },
  },
  {
    actionId: MeetingActionIds.editItem,
    requiresPerson: true,
    async run(ctx, payload) {
      const item = await itemForSecretariat(ctx, id(payload, 'itemId'));
      const committee = await ctx.services.db.committee.findUniqueOrThrow({ where: { id: item.committeeId } });
      return reply.form(buildItemForm(ctx.actor.locale, { meetingId: item.meetingId, item, timeZone: committee.timeZone, people: await presenterChoices(ctx) }));
    },
  },
  moveItem(MeetingActionIds.moveItemUp, 'up'),
  moveItem(MeetingActionIds.moveItemDown, 'down'),
  moveItem(MeetingActionIds.removeItem, 'remove'),
  {
    actionId: MeetingActionIds.distributeNow,
    requiresPerson: true,
    async run(ctx, payload) {
      const meeting = await meetingForSecretariat(ctx, id(payload, 'meetingId'));
      return reply.message(plainMessage(await distributeNow(ctx.services, meeting.id, ctx.actor.locale)));
    },
  },
  {
    actionId: MeetingActionIds.moveMeeting,
    requiresPerson: true,
    async run(ctx, payload) {
      const m = await meetingForSecretariat(ctx, id(payload, 'meetingId'));
      return reply.form(buildMeetingForm(ctx.actor.locale, { ...m, meetingId: m.id, timeZone: m.committee.timeZone }));
    },
  },
  {
    actionId: MeetingActionIds.cancelMeeting,
    requiresPerson: true,
    async run(ctx, payload) {
      const meeting = await meetingForSecretariat(ctx, id(payload, 'meetingId'));
      return reply.form(buildCancelForm(ctx.actor.locale, { id: meeting.id, label: meetingLabel(meeting) }));
    },
  },
  {
    actionId: MeetingActionIds.submitPaper,
    requiresPerson: true,
    async run(ctx, payload) {
      const item = await ctx.services.db.agendaItem.findUnique({ where: { id: id(payload, 'itemId') } });
      if (!item || item.removedAt) throw new AppError(ErrorCode.NotFound, 'item not found');
      await requirePresenterOrSecretariat(ctx, item);
      return reply.form(buildPaperForm(ctx.actor.locale, item));
    },
  },
  attendance(MeetingActionIds.attending, 'attending'),
  attendance(MeetingActionIds.notAttending, 'not_attending'),
  attendance(MeetingActionIds.deputy, 'deputy'),
];

/** The item's presenter, or the committee's secretariat, may submit its paper. */
export async function requirePresenterOrSecretariat(ctx: TurnContext, item: { presenterId: string | null; committeeId: string }): Promise<void> {
  const personId = ctx.actor.personId;
  if (personId && item.presenterId === personId) return;
  if (personId && (await hasCommitteeRole(ctx.services.db, personId, item.committeeId, ['secretariat']))) return;
  throw new AppError(ErrorCode.Forbidden, 'not the presenter', meetingTexts.onlyPresenter);
}
