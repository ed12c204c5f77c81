import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { buildFollowUpDoneMessage } from './build-follow-up-reminder.js';
import { decisionKeys } from './ids.js';
import { followUpReminderJob } from './jobs/follow-up-reminder-job.js';
import { loadFollowUp, type LoadedFollowUp } from './load-follow-up.js';

/**
 * Marks a follow-up done: records `doneAt` (once; a second click keeps the first time), cancels the
 * reminder that is still waiting, and edits every reminder already sent for it in place so its "Done" button
 * is gone. Who may do it is the caller's check. Returns the follow-up as it now is.
 */
export async function markFollowUpDone(services: AppServices, followUpId: string, doneById: string): Promise<LoadedFollowUp> {
  const { db, jobs, clock } = services;
  await db.followUp.updateMany({ where: { id: followUpId, doneAt: null }, data: { doneAt: clock() } });
  const followUp = await loadFollowUp(db, followUpId);
  if (!followUp) throw new Error(`follow-up ${followUpId} vanished`);
  await jobs.cancel(followUpReminderJob.jobId({ followUpId, decisionId: followUp.decisionId }));
  const doneBy = await db.person.findUniqueOrThrow({ where: { id: doneById } });
  const sent = await db.delivery.findMany({ where: { idempotencyKey: { startsWith: decisionKeys.followUpReminderPrefix(followUpId) } }, include: { person: true } });
  for (const delivery of sent) {
    await updateDelivery(services, delivery.idempotencyKey, buildFollowUpDoneMessage(followUp, doneBy.name, toLocale(delivery.person?.locale ?? followUp.owner.locale)));
  }
  return followUp;
}
