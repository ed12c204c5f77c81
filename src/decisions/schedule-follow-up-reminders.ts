import type { AppServices } from '../app/services.js';
import { addWorkingDays, calendarDayOf, instantAt } from '../calendar/working-days.js';
import { followUpReminderJob } from './jobs/follow-up-reminder-job.js';

/** How many Oslo working days before its due date a follow-up's owner is reminded, and at what time. */
export const REMINDER_WORKING_DAYS_BEFORE = 2;
export const REMINDER_TIME = '09:00';

/** When the owner of a follow-up due on `dueDay` is reminded: 2 working days before, or now when that has passed. */
export function followUpReminderAt(dueDay: string, now: Date): Date {
  const at = instantAt(addWorkingDays(dueDay, -REMINDER_WORKING_DAYS_BEFORE), REMINDER_TIME);
  return at < now ? now : at;
}

/**
 * (Re)schedules the reminders of a published decision's follow-ups: reminders of follow-ups that were
 * corrected away are cancelled, the others are moved to their (possibly new) time. Follow-ups already due
 * are not reminded.
 */
export async function scheduleFollowUpReminders(services: AppServices, decisionId: string): Promise<void> {
  const { db, jobs, clock } = services;
  const now = clock();
  const followUps = await db.followUp.findMany({ where: { decisionId, doneAt: null } });
  const keep = new Set(followUps.map((f) => followUpReminderJob.jobId({ followUpId: f.id, decisionId })));
  const pending = await db.scheduledJob.findMany({ where: { subjectType: 'decision-followups', subjectId: decisionId, state: 'pending' } });
  for (const job of pending) if (!keep.has(job.jobId)) await jobs.cancel(job.jobId);
  const today = calendarDayOf(now);
  for (const followUp of followUps) {
    const due = followUp.dueDate.toISOString().slice(0, 10);
    if (due < today) continue;
    await jobs.reschedule(followUpReminderJob, { followUpId: followUp.id, decisionId }, followUpReminderAt(due, now));
  }
}
