import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import type { AttendanceAnswer } from '../../generated/prisma/enums.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import { MeetingActionIds, MeetingFormIds } from '../ids.js';
import { loadMeeting } from '../load-meeting.js';
import { buildDeputyForm } from '../meeting-forms.js';
import { recordAttendanceReply } from '../record-attendance-reply.js';
import { meetingTexts } from '../texts.js';
import { readId } from './read-ids.js';

/** The meeting whose notice is answered, once the asker is known to be one of those called to it. */
async function meetingToAnswer(ctx: TurnContext, meetingId: string) {
  const meeting = await loadMeeting(ctx.services.db, meetingId);
  await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'answer_invitation', committeeId: meeting.committeeId });
  return meeting;
}

/** A button on the notice: attending and not attending are recorded at once; deputy asks for the deputy's name first. */
function answerButton(actionId: ActionDefinition['actionId'], answer: AttendanceAnswer): ActionDefinition {
  return {
    actionId,
    requiresPerson: true,
    async run(ctx, payload) {
      const meeting = await meetingToAnswer(ctx, readId(payload, 'meetingId'));
      if (answer === 'deputy') return reply.form(buildDeputyForm(ctx.actor.locale, meeting.id));
      await recordAttendanceReply(ctx.services.db, { meetingId: meeting.id, personId: ctx.actor.personId!, answer });
      const text = t(ctx.actor.locale, answer === 'attending' ? meetingTexts.answerAttending : meetingTexts.answerNotAttending, { meeting: meetingLabel(meeting) });
      return reply.update(plainMessage(text));
    },
  };
}

export const attendingAction = answerButton(MeetingActionIds.attending, 'attending');
export const notAttendingAction = answerButton(MeetingActionIds.notAttending, 'not_attending');
export const deputyAction = answerButton(MeetingActionIds.deputy, 'deputy');

/** The deputy form's submit: records that a deputy, named, comes instead. */
export const deputyForm: FormDefinition = {
  formId: MeetingFormIds.deputy,
  requiresPerson: true,
  async submit(ctx, values, context) {
    const { actor, services } = ctx;
    const meeting = await meetingToAnswer(ctx, readId(context, 'meetingId', 'form'));
    const name = typeof values.deputyName === 'string' ? values.deputyName.trim() : '';
    if (!name) return reply.formErrors(withValues(buildDeputyForm(actor.locale, meeting.id), values), { deputyName: t(actor.locale, meetingTexts.errRequired) });
    await recordAttendanceReply(services.db, { meetingId: meeting.id, personId: actor.personId!, answer: 'deputy', deputyName: name });
    return reply.formDone(plainMessage(t(actor.locale, meetingTexts.answerDeputy, { meeting: meetingLabel(meeting), name })));
  },
};
