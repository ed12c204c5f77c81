import { z } from 'zod';
import { formatDate } from '../i18n/format-date.js';
import { toLocale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { defineJob } from '../jobs/job-definition.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { decisionKeys } from './decision-ids.js';
import { decisionTexts } from './decision-texts.js';
import { formatCaseNumber, formatMeetingRef } from '../meetings/format-numbers.js';

/**
 * Reminds a follow-up's owner before its due date. Idempotent: a follow-up that is gone (corrected away)
 * or done is skipped, and the reminder's outbox key is the follow-up's id, so it is sent once.
 */
export const followUpReminderJob = defineJob({
  name: 'decisions.followup-reminder',
  schema: z.object({ followUpId: z.string().min(1), decisionId: z.string().min(1) }),
  jobId: (p) => `decisions.followup.${p.followUpId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'decision-followups', id: p.decisionId }),
  async handle({ followUpId }, services) {
    const followUp = await services.db.followUp.findUnique({
      where: { id: followUpId },
      include: { owner: true, decision: { include: { item: { include: { meeting: { include: { committee: true } } } } } } },
    });
    if (!followUp || followUp.doneAt) return;
    const { item } = followUp.decision;
    const locale = toLocale(followUp.owner.locale);
    const text = t(locale, decisionTexts.reminderText, {
      what: followUp.description,
      due: formatDate(followUp.dueDate, locale, 'UTC'),
      caseNo: formatCaseNumber(item),
      meeting: formatMeetingRef(item.meeting.committee.key, item.meeting),
    });
    await sendToPerson(services, {
      personId: followUp.ownerId,
      kind: 'followup_reminder',
      idempotencyKey: decisionKeys.followUpReminder(followUp.id, followUp.ownerId, followUp.dueDate.toISOString().slice(0, 10)),
      message: { text, blocks: [{ type: 'text', text }] },
    });
  },
});
