import type { z } from 'zod';
import type { AppServices } from '../app/services.js';
import { calendarDayOf, type CalendarDay } from '../calendar/working-days.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { dependencyEscalationJob } from './dependency-escalation-job.js';
import { dependencyInclude, isOpenRed, portfolioSecretariatIds, reminderRecipients } from './dependency-people.js';
import { dependencyReminderJob } from './dependency-reminder-job.js';
import { dueDayOf } from './dependency-labels.js';
import { escalationDay, nextReminderDay, reminderInstant } from './reminder-schedule.js';

/**
 * Queues a job unless its deterministic id is already queued or has run, so scheduling the same reminder from
 * several places (the red notice, each recipient's reminder, a snooze) never resets or repeats it.
 */
async function enqueueOnce<S extends z.ZodType>(services: AppServices, definition: JobDefinition<S>, payload: z.infer<S>, runAt: Date): Promise<void> {
  const jobId = definition.jobId(payload);
  const mirror = await services.db.scheduledJob.findUnique({ where: { jobId }, select: { state: true } });
  if (mirror && mirror.state !== 'cancelled') return;
  const now = services.clock();
  await services.jobs.enqueue(definition, payload, { runAt: runAt < now ? now : runAt });
}

/**
 * Schedules the next reminder day of a red dependency after `after` (at the earliest, today): one job per
 * recipient and day (and per dependency when grouping is off). Nothing for a dependency that is no longer red,
 * resolved, or of a criticality the policy does not chase.
 */
export async function scheduleDependencyReminders(services: AppServices, dependencyId: string, after: CalendarDay): Promise<void> {
  const { db, clock } = services;
  const policy = services.cycles.portfolio;
  const dependency = await db.dependency.findUnique({ where: { id: dependencyId }, include: dependencyInclude });
  if (!dependency || !isOpenRed(dependency) || !dependency.redSince) return;
  if (!policy.redDependencies.criticality.includes(dependency.criticality)) return;
  const today = calendarDayOf(clock(), policy.timeZone);
  const day = nextReminderDay(policy, { redSince: dependency.redSince, dueDate: dependency.dueDate, snoozedUntil: dependency.snoozedUntil }, after > today ? after : today);
  const runAt = reminderInstant(policy, day);
  const recipients = reminderRecipients(dependency, policy, await portfolioSecretariatIds(db));
  for (const personId of recipients) {
    const payload = policy.redDependencies.groupByPerson ? { personId, day } : { personId, day, dependencyId };
    await enqueueOnce(services, dependencyReminderJob, payload, runAt);
  }
}

/** Schedules the escalation of a red dependency with a due date: the first working day after it. Once per due date. */
export async function scheduleDependencyEscalation(services: AppServices, dependencyId: string): Promise<void> {
  const policy = services.cycles.portfolio;
  const dependency = await services.db.dependency.findUnique({ where: { id: dependencyId } });
  if (!dependency || !isOpenRed(dependency) || !dependency.dueDate) return;
  const runAt = reminderInstant(policy, escalationDay(policy, dependency.dueDate));
  await enqueueOnce(services, dependencyEscalationJob, { dependencyId, dueDay: dueDayOf(dependency.dueDate) }, runAt);
}
