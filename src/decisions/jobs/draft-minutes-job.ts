import { z } from 'zod';
import { toLocale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { defineJob } from '../../jobs/job-definition.js';
import { sendToPerson } from '../../outbox/send-to-person.js';
import { decisionKeys } from '../ids.js';
import { decisionTexts } from '../texts.js';
import { formatMeetingRef } from '../../i18n/format-numbers.js';

/**
 * The cycle's `draft_minutes` milestone: reminds the committee's secretariat to circulate the draft
 * minutes (src/meetings schedules it with `runAt`). Skipped when the minutes were already distributed;
 * one message per person and meeting.
 */
export const draftMinutesReminderJob = defineJob({
  name: 'decisions.draft-minutes',
  schema: z.object({ meetingId: z.string().min(1) }),
  jobId: (p) => `decisions.draft-minutes.${p.meetingId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'meeting', id: p.meetingId }),
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
