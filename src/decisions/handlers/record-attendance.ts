import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { buildAttendanceForm } from '../build-attendance-form.js';
import { DecisionActionIds, DecisionFormIds } from '../ids.js';
import { loadAttendanceForm } from '../load-attendance-form.js';
import { readAttendance, recordAttendance } from '../record-attendance.js';
import { decisionTexts } from '../texts.js';
import { readId } from './read-id.js';

/** The attendance form of a meeting, for its committee's secretariat (the button and `decisions attendance ...`). */
export async function attendanceFormReply({ actor, services }: TurnContext, meetingId: string): Promise<Reply> {
  const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  await assertAccess(services.db, actor.personId, { action: 'record_decisions', committeeId: meeting.committeeId });
  return reply.form(buildAttendanceForm(await loadAttendanceForm(services.db, meetingId), actor.locale));
}

/** "Attendance" in the `decisions` overview: opens the attendance form. */
export const recordAttendanceAction: ActionDefinition = {
  actionId: DecisionActionIds.attendance,
  requiresPerson: true,
  run: (ctx, payload) => attendanceFormReply(ctx, readId(payload, 'meetingId')),
};

/** The attendance form: present / absent per member, observers, other attendees. */
export const attendanceForm: FormDefinition = {
  formId: DecisionFormIds.attendance,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const meetingId = readId(context, 'meetingId', 'form');
    const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    await assertAccess(services.db, actor.personId, { action: 'record_decisions', committeeId: meeting.committeeId });
    const roster = await loadAttendanceForm(services.db, meetingId);
    const input = readAttendance(
      values,
      roster.members.map((m) => m.personId),
      roster.observers.map((o) => o.personId),
      roster.items.map((i) => i.itemId),
    );
    // The posted summary's copies are edited by a job staged with the save, never from this turn.
    const saved = await recordAttendance(services, { meetingId, actorId: actor.personId, platform: actor.platform, input, observerIds: roster.observers.map((o) => o.personId) });
    const notes = [t(actor.locale, decisionTexts.attendanceSaved, { present: input.present.length + input.observers.length, absent: input.absent.length, others: input.others.length })];
    if (saved.summaryUpdate) notes.push(t(actor.locale, decisionTexts.attendanceSummaryUpdate));
    return reply.formDone(plainMessage(notes.join(' ')));
  },
};
