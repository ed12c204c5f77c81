import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { describeMeetingTime } from '../describe-meeting.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import { MeetingActionIds, MeetingFormIds } from '../ids.js';
import { loadMeeting } from '../load-meeting.js';
import { describeLateMilestones } from '../meeting-cycle.js';
import { buildMeetingForm } from '../meeting-forms.js';
import { readMeetingForm } from '../read-meeting-forms.js';
import { rescheduleMeeting } from '../reschedule-meeting.js';
import { meetingTexts } from '../texts.js';
import { meetingToManage, readId } from './read-ids.js';

/** "Move" button: opens the meeting form filled in with the meeting's times (secretariat). */
export const moveMeetingAction: ActionDefinition = {
  actionId: MeetingActionIds.moveMeeting,
  requiresPerson: true,
  async run(ctx, payload) {
    const m = await meetingToManage(ctx, readId(payload, 'meetingId'));
    return reply.form(buildMeetingForm(ctx.actor.locale, { ...m, meetingId: m.id, timeZone: m.committee.timeZone }));
  },
};

/** The move form's submit: reschedules the meeting. Bad input comes back on the form, all kept. */
export const moveMeetingForm: FormDefinition = {
  formId: MeetingFormIds.move,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const meeting = await loadMeeting(services.db, readId(context, 'meetingId', 'form'));
    await assertAccess(services.db, actor.personId, { action: 'manage_meeting', committeeId: meeting.committeeId });
    const zone = meeting.committee.timeZone;
    const read = readMeetingForm(values, actor.locale, services.clock(), zone);
    if (!read.ok) return reply.formErrors(withValues(buildMeetingForm(actor.locale, { ...meeting, meetingId: meeting.id, timeZone: zone }), values), read.errors);
    const moved = await rescheduleMeeting(services, meeting.id, read.value);
    // At short notice: when the late milestones now run (from the new start), and what the move made pass; the
    // first sentence then says only the milestones still ahead moved with the meeting.
    const late = describeLateMilestones(services, moved.committee, moved.late, actor.locale);
    const notes = [t(actor.locale, meetingTexts.meetingMoved, { meeting: meetingLabel(moved), when: describeMeetingTime(moved, actor.locale, zone), told: moved.told, partly: late !== null })];
    if (late) notes.push(late);
    return reply.formDone(plainMessage(notes.join(' ')));
  },
};
