import { toLocale } from '../../i18n/locale.js';
import { defineJobHandler } from '../../jobs/job-handler.js';
import { sendToPerson } from '../../outbox/send-to-person.js';
import { buildFollowUpReminder } from '../build-follow-up-reminder.js';
import { decisionKeys } from '../ids.js';
import { loadFollowUp } from '../load-follow-up.js';
import { followUpReminderJob } from './follow-up-reminder-job.js';

/**
 * Idempotent: a follow-up that is gone (corrected away) or done is skipped, and the reminder's outbox key is the
 * follow-up's id, so it is sent once. The reminder carries a "Done" button (`DecisionActionIds.followUpDone`).
 */
export const followUpReminderHandler = defineJobHandler(followUpReminderJob, {
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
