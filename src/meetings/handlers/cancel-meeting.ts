import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { cancelMeeting } from '../cancel-meeting.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import { MeetingActionIds, MeetingFormIds } from '../ids.js';
import { loadMeeting } from '../load-meeting.js';
import { buildCancelForm } from '../meeting-forms.js';
import { meetingTexts } from '../texts.js';
import { meetingToManage, readId } from './read-ids.js';

/** "Cancel" button: opens the cancel form, which asks for a reason (secretariat). */
export const cancelMeetingAction: ActionDefinition = {
  actionId: MeetingActionIds.cancelMeeting,
  requiresPerson: true,
  async run(ctx, payload) {
    const meeting = await meetingToManage(ctx, readId(payload, 'meetingId'));
    return reply.form(buildCancelForm(ctx.actor.locale, { id: meeting.id, label: meetingLabel(meeting) }));
  },
};

/** The cancel form's submit: cancels the meeting, with the reason if one was given. */
export const cancelMeetingForm: FormDefinition = {
  formId: MeetingFormIds.cancel,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const meeting = await loadMeeting(services.db, readId(context, 'meetingId', 'form'));
    await assertAccess(services.db, actor.personId, { action: 'manage_meeting', committeeId: meeting.committeeId });
    const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
    const { told } = await cancelMeeting(services, meeting.id, reason || null);
    return reply.formDone(plainMessage(t(actor.locale, meetingTexts.meetingCancelled, { meeting: meetingLabel(meeting), told })));
  },
};
