import { assertAccess } from '../../access/decide-access.js';
import type { FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { markup } from '../../ui/markup.js';
import { withValues } from '../../ui/model.js';
import { createMeeting } from '../create-meeting.js';
import { describeMeetingTime } from '../describe-meeting.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import { MeetingFormIds } from '../ids.js';
import { describeLateMilestones } from '../meeting-cycle.js';
import { buildMeetingForm } from '../meeting-forms.js';
import { readMeetingForm } from '../read-meeting-forms.js';
import { meetingTexts } from '../texts.js';
import { readId } from './read-ids.js';

/**
 * The meeting form's submit (opened by `meeting new COMMITTEE`): plans a new meeting of the committee.
 * Bad input comes back on the form, all kept.
 */
export const planMeetingForm: FormDefinition = {
  formId: MeetingFormIds.meeting,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const committee = await services.db.committee.findUnique({ where: { id: readId(context, 'committeeId', 'form') } });
    if (!committee) throw new AppError(ErrorCode.NotFound, 'committee not found');
    await assertAccess(services.db, actor.personId, { action: 'manage_meeting', committeeId: committee.id });
    const read = readMeetingForm(values, actor.locale, services.clock(), committee.timeZone);
    if (!read.ok) return reply.formErrors(withValues(buildMeetingForm(actor.locale, { committeeId: committee.id, committeeKey: committee.key }), values), read.errors);
    const meeting = await createMeeting(services, { committeeId: committee.id, ...read.value });
    const text = t(actor.locale, meetingTexts.meetingCreated, { meeting: meetingLabel(meeting), when: describeMeetingTime(meeting, actor.locale, committee.timeZone), invited: meeting.invited });
    const changes = meeting.renumbered.map((r) => t(actor.locale, meetingTexts.renumberedChange, { from: `${committee.key} ${r.from}`, to: r.to })).join(', ');
    const notes = [text];
    if (changes) notes.push(t(actor.locale, meetingTexts.meetingsRenumbered, { changes: markup(changes) }));
    const late = describeLateMilestones(services, committee, meeting.late, actor.locale);
    if (late) notes.push(late);
    return reply.formDone(plainMessage(notes.join(' ')));
  },
};
