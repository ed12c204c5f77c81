import { toLocale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { defineJobHandler } from '../../jobs/job-handler.js';
import { formatMeetingRef } from '../../i18n/format-numbers.js';
import { sendToPerson } from '../../outbox/send-to-person.js';
import { decisionKeys } from '../ids.js';
import { decisionTexts } from '../texts.js';
import { draftMinutesReminderJob } from './draft-minutes-job.js';

/** Skipped when the minutes were already distributed; one message per person and meeting. */
export const draftMinutesReminderHandler = defineJobHandler(draftMinutesReminderJob, {
  async handle({ meetingId }, services) {
    const meeting = await services.db.meeting.findUnique({
      where: { id: meetingId },
      include: { committee: { include: { memberships: { where: { role: 'secretariat' }, include: { person: true } } } } },
    });
    if (!meeting || meeting.state === 'cancelled' || meeting.minutesDistributedAt) return;
    const ref = formatMeetingRef(meeting.committee.key, meeting);
    for (const { person } of meeting.committee.memberships) {
      const text = t(toLocale(person.locale), decisionTexts.draftMinutesReminder, { meeting: ref });
      await sendToPerson(services, { personId: person.id, kind: 'draft_minutes_reminder', idempotencyKey: decisionKeys.draftMinutes(meetingId, person.id), message: { text, blocks: [{ type: 'text', text }] } });
    }
  },
});
