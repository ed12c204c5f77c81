import type { AppServices } from '../app/services.js';
import { portfolioSecretariatIds } from '../access/portfolio-committee.js';
import { dependencyInclude, isOpenRed, reminderRecipients } from './dependency-people.js';
import { dependencyReminderJob } from './jobs/dependency-reminder-job.js';
import { loadReminderContents } from './load-reminder-contents.js';

/**
 * Takes the people's pending reminder jobs that would send nothing out of the queue and the overview (cancelled
 * in the job mirror, removed from BullMQ by their deterministic id): every dependency the job would gather has
 * left red, or the person has paused it past the job's time. Called when a dependency leaves red and when
 * someone pauses their reminders. A job that still gathers one unpaused dependency stays. Returns the removed ids.
 */
export async function dropIdleReminders(services: AppServices, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const pending = await services.db.scheduledJob.findMany({
    where: { name: dependencyReminderJob.name, subjectType: 'dependency-reminder', subjectId: { in: personIds }, state: 'pending' },
    orderBy: { runAt: 'asc' },
  });
  const removed: string[] = [];
  for (const job of pending) {
    const parsed = dependencyReminderJob.schema.safeParse(job.payload);
    if (!parsed.success) continue;
    // Judged at the job's own time: a reminder due the day a pause ends is not idle.
    const { mine, paused } = await loadReminderContents(services, parsed.data, job.runAt);
    if (mine.some((d) => !paused.includes(d))) continue;
    await services.jobs.cancel(job.jobId);
    removed.push(job.jobId);
  }
  return removed;
}

/** `dropIdleReminders` for everyone reminded about a dependency, once it has left red (or was resolved). */
export async function dropIdleRemindersAbout(services: AppServices, dependencyId: string): Promise<string[]> {
  const dependency = await services.db.dependency.findUnique({ where: { id: dependencyId }, include: dependencyInclude });
  if (!dependency || isOpenRed(dependency)) return [];
  const recipients = reminderRecipients(dependency, services.cycles.portfolio, await portfolioSecretariatIds(services.db));
  return dropIdleReminders(services, recipients);
}
