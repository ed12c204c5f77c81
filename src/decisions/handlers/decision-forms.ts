import { calendarDayOf } from '../../calendar/working-days.js';
import type { FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { withValues, type Payload } from '../../ui/model.js';
import { buildDecisionForm } from '../build-decision-form.js';
import { DecisionFormIds } from '../ids.js';
import { decisionTexts } from '../texts.js';
import { loadAttendanceForm } from '../load-attendance-form.js';
import { loadDecisionForm } from '../load-decision-form.js';
import { readAttendance, recordAttendance } from '../record-attendance.js';
import { recordDecision } from '../record-decision.js';
import { requireCommitteeRole } from '../../meetings/require-committee-role.js';
import { updatePostedSummary } from '../update-posted-summary.js';
import { validateDecisionForm } from '../validate-decision-form.js';

function id(context: Payload, key: string): string {
  const value = context[key];
  if (typeof value !== 'string' || !value) throw new AppError(ErrorCode.NotFound, `form context without ${key}`);
  return value;
}

/** The decision form: checked per field (typed values kept), then recorded or corrected. */
export const decisionForm: FormDefinition = {
  formId: DecisionFormIds.decision,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const itemId = id(context, 'itemId');
    const { committeeId, data } = await loadDecisionForm(services.db, itemId);
    await requireCommitteeRole(services.db, actor.personId, committeeId, ['secretariat'], decisionTexts.onlySecretariat);
    const checked = validateDecisionForm(values, {
      locale: actor.locale,
      today: calendarDayOf(services.clock()),
      ownerIds: new Set(data.owners.map((o) => o.value)),
    });
    if (!checked.ok) return reply.formErrors(withValues(buildDecisionForm(data, actor.locale), values), checked.errors);
    const { corrected } = await recordDecision(services, { itemId, recordedById: actor.personId!, input: checked.input });
    return reply.formDone(plainMessage(t(actor.locale, corrected ? decisionTexts.savedCorrected : decisionTexts.saved, { caseNo: data.caseNo })));
  },
};

/** The attendance form: present / absent per member, observers, other attendees. */
export const attendanceForm: FormDefinition = {
  formId: DecisionFormIds.attendance,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const meetingId = id(context, 'meetingId');
    const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    await requireCommitteeRole(services.db, actor.personId, meeting.committeeId, ['secretariat'], decisionTexts.onlySecretariat);
    const roster = await loadAttendanceForm(services.db, meetingId);
    const input = readAttendance(
      values,
      roster.members.map((m) => m.personId),
      roster.observers.map((o) => o.personId),
      roster.items.map((i) => i.itemId),
    );
    await recordAttendance(services.db, { meetingId, actorId: actor.personId, platform: actor.platform, input, observerIds: roster.observers.map((o) => o.personId) });
    await updatePostedSummary(services, meetingId);
    return reply.formDone(plainMessage(t(actor.locale, decisionTexts.attendanceSaved, { present: input.present.length + input.observers.length, absent: input.absent.length, others: input.others.length })));
  },
};
