import type { FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { withValues, type Payload } from '../../ui/model.js';
import { cancelMeeting } from '../cancel-meeting.js';
import { createMeeting } from '../create-meeting.js';
import { describeMeetingTime } from '../describe-meeting.js';
import { formatCaseNumber, meetingLabel } from '../format-numbers.js';
import { loadMeeting } from '../load-meeting.js';
import { ATTENDEE_ROLES } from '../committee-people.js';
import { presenterChoices, requirePresenterOrSecretariat } from './meeting-actions.js';
import { buildDeputyForm, buildItemForm, buildMeetingForm, buildPaperForm } from '../meeting-forms.js';
import { MeetingFormIds } from '../ids.js';
import { meetingTexts } from '../texts.js';
import { readItemForm, readMeetingForm, readPaperForm } from '../read-meeting-forms.js';
import { recordAttendanceReply } from '../record-attendance-reply.js';
import { requireCommitteeRole } from '../require-committee-role.js';
import { rescheduleMeeting } from '../reschedule-meeting.js';
import { saveAgendaItem } from '../save-agenda-item.js';
import { submitPaper } from '../submit-paper.js';

function id(context: Payload, key: string): string {
  const value = context[key];
  if (typeof value !== 'string' || !value) throw new AppError(ErrorCode.InvalidInput, `form without ${key}`);
  return value;
}

/** Every form of the meetings capability. Bad input comes back on the form with everything typed kept. */
export const meetingForms: FormDefinition[] = [
  {
    formId: MeetingFormIds.meeting,
    requiresPerson: true,
    async submit({ actor, services }, values, context) {
      const committee = await services.db.committee.findUnique({ where: { id: id(context, 'committeeId') } });
      if (!committee) throw new AppError(ErrorCode.NotFound, 'committee not found');
      await requireCommitteeRole(services.db, actor.personId, committee.id);
      const read = readMeetingForm(values, actor.locale, services.clock(), committee.timeZone);
      if (!read.ok) return reply.formErrors(withValues(buildMeetingForm(actor.locale, { committeeId: committee.id, committeeKey: committee.key }), values), read.errors);
      const meeting = await createMeeting(services, { committeeId: committee.id, ...read.value });
      const text = t(actor.locale, meetingTexts.meetingCreated, { meeting: meetingLabel(meeting), when: describeMeetingTime(meeting, actor.locale, committee.timeZone), invited: meeting.invited });
      return reply.formDone(plainMessage(text));
    },
  },
  {
    formId: MeetingFormIds.move,
    requiresPerson: true,
    async submit({ actor, services }, values, context) {
      const meeting = await loadMeeting(services.db, id(context, 'meetingId'));
      await requireCommitteeRole(services.db, actor.personId, meeting.committeeId);
      const zone = meeting.committee.timeZone;
      const read = readMeetingForm(values, actor.locale, services.clock(), zone);
      if (!read.ok) return reply.formErrors(withValues(buildMeetingForm(actor.locale, { ...meeting, meetingId: meeting.id, timeZone: zone }), values), read.errors);
      const moved = await rescheduleMeeting(services, meeting.id, read.value);
      return reply.formDone(plainMessage(t(actor.locale, meetingTexts.meetingMoved, { meeting: meetingLabel(moved), when: describeMeetingTime(moved, actor.locale, zone), told: moved.told })));
    },
  },
  {
    formId: MeetingFormIds.cancel,
    requiresPerson: true,
    async submit({ actor, services }, values, context) {
      const meeting = await loadMeeting(services.db, id(context, 'meetingId'));
      await requireCommitteeRole(services.db, actor.personId, meeting.committeeId);
      const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
      const { told } = await cancelMeeting(services, meeting.id, reason || null);
      return reply.formDone(plainMessage(t(actor.locale, meetingTexts.meetingCancelled, { meeting: meetingLabel(meeting), told })));
    },
  },
  {
    formId: MeetingFormIds.item,
    requiresPerson: true,
    async submit(ctx, values, context) {
      const { actor, services } = ctx;
      const meeting = await loadMeeting(services.db, id(context, 'meetingId'));
      await requireCommitteeRole(services.db, actor.personId, meeting.committeeId);
      const itemId = typeof context.itemId === 'string' ? context.itemId : undefined;
      const people = await presenterChoices(ctx);
      const zone = meeting.committee.timeZone;
      const read = readItemForm(values, actor.locale, { personIds: people.map((p) => p.id), meeting, timeZone: zone });
      if (!read.ok) {
        const item = itemId ? meeting.agendaItems.find((i) => i.id === itemId) : undefined;
        return reply.formErrors(withValues(buildItemForm(actor.locale, { meetingId: meeting.id, item, timeZone: zone, people }), values), read.errors);
      }
      const item = await saveAgendaItem(services, { meetingId: meeting.id, ...(itemId ? { itemId } : {}) }, read.value);
      const params = { caseNumber: formatCaseNumber(item), title: item.title };
      return reply.formDone(plainMessage(t(actor.locale, itemId ? meetingTexts.itemSaved : meetingTexts.itemAdded, params)));
    },
  },
  {
    formId: MeetingFormIds.paper,
    requiresPerson: true,
    async submit(ctx, values, context) {
      const { actor, services } = ctx;
      const item = await services.db.agendaItem.findUnique({ where: { id: id(context, 'itemId') } });
      if (!item || item.removedAt) throw new AppError(ErrorCode.NotFound, 'item not found');
      await requirePresenterOrSecretariat(ctx, item);
      const read = readPaperForm(values, actor.locale);
      if (!read.ok) return reply.formErrors(withValues(buildPaperForm(actor.locale, item), values), read.errors);
      await submitPaper(services, { itemId: item.id, personId: actor.personId!, ...read.value });
      return reply.formDone(plainMessage(t(actor.locale, meetingTexts.paperSubmitted, { caseNumber: formatCaseNumber(item), title: item.title })));
    },
  },
  {
    formId: MeetingFormIds.deputy,
    requiresPerson: true,
    async submit({ actor, services }, values, context) {
      const meeting = await loadMeeting(services.db, id(context, 'meetingId'));
      await requireCommitteeRole(services.db, actor.personId, meeting.committeeId, ATTENDEE_ROLES, meetingTexts.onlyMembers);
      const name = typeof values.deputyName === 'string' ? values.deputyName.trim() : '';
      if (!name) return reply.formErrors(withValues(buildDeputyForm(actor.locale, meeting.id), values), { deputyName: t(actor.locale, meetingTexts.errRequired) });
      await recordAttendanceReply(services.db, { meetingId: meeting.id, personId: actor.personId!, answer: 'deputy', deputyName: name });
      return reply.formDone(plainMessage(t(actor.locale, meetingTexts.answerDeputy, { meeting: meetingLabel(meeting), name })));
    },
  },
];
