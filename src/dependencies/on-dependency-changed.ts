import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { dependencyEscalationJob } from './jobs/dependency-escalation-job.js';
import { dueDayOf } from './dependency-labels.js';
import { isOpenRed } from './dependency-people.js';
import { dropIdleRemindersAbout } from './drop-idle-reminders.js';
import { scheduleDependencyEscalation, scheduleDependencyReminders } from './schedule-dependency-reminders.js';

/**
 * Called after a dependency is changed in between rounds (its form saved) without turning red. While it is red,
 * its escalation follows its due date: a pending escalation for another (or no) due date is cancelled (taken out
 * of the queue, so it never fires) and one is scheduled for the current date; the reminders are scheduled again
 * so a "before due" reminder moves too. A dependency no longer red loses its pending escalation, and its people
 * the reminder jobs that would now send nothing (`dropIdleReminders`).
 */
export async function onDependencyChanged(services: AppServices, dependencyId: string): Promise<void> {
  const { db, jobs } = services;
  const dependency = await db.dependency.findUnique({ where: { id: dependencyId } });
  if (!dependency) return;
  if (!isOpenRed(dependency)) {
    await jobs.cancelBySubject('dependency-escalation', dependencyId);
    await dropIdleRemindersAbout(services, dependencyId);
    return;
  }
  const current = dependency.dueDate ? dueDayOf(dependency.dueDate) : null;
  const pending = await db.scheduledJob.findMany({
    where: { name: dependencyEscalationJob.name, subjectType: 'dependency-escalation', subjectId: dependencyId, state: 'pending' },
  });
  for (const job of pending) {
    if ((job.payload as { dueDay?: string }).dueDay !== current) await jobs.cancel(job.jobId);
  }
  await scheduleDependencyEscalation(services, dependencyId);
  await scheduleDependencyReminders(services, dependencyId, calendarDayOf(services.clock(), services.cycles.portfolio.timeZone));
}
