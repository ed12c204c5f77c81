import { z } from 'zod';
import { toLocale } from '../../i18n/locale.js';
import { defineJob } from '../../jobs/job-definition.js';
import { sendToPerson } from '../../outbox/send-to-person.js';
import { decisionKeys } from '../ids.js';
import { buildFollowUpReminder } from '../build-follow-up-reminder.js';
import { loadFollowUp } from '../load-follow-up.js';

/**
 * Reminds a follow-up's owner before its due date. Idempotent: a follow-up that is gone (corrected away)
 * or done is skipped, and the reminder's outbox key is the follow-up's id, so it is sent once. The reminder
 * carries a "Done" button (`DecisionActionIds.followUpDone`).
 */
export const followUpReminderJob = defineJob({
  name: 'decisions.followup-reminder',
  schema: z.object({ followUpId: z.string().min(1), decisionId: z.string().min(1) }),
  jobId: (p) => `decisions.followup.${p.followUpId}`,
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'decision-followups', id: p.decisionId }),
  async handle({ followUpId }, services) {
    const followUp = await loadFollowUp(services.db, followUpId);
    if (!followUp || followUp.doneAt) return;
    await sendToPerson(services, {
      personId: followUp.ownerId,
      kind: 'followup_reminder',
      idempotencyKey: decisionKeys.followUpReminder(followUp.id, followUp.ownerId, followUp.dueDate.toISOString().slice(0, 10)),
      message: buildFollowUpReminder(followUp, toLocale(followUp.owner.locale)),
    });
  },
});
