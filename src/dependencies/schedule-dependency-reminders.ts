import type { z } from 'zod';
import type { AppServices } from '../app/services.js';
import { addCalendarDays, calendarDayOf, type CalendarDay } from '../calendar/working-days.js';
import type { JobSpec } from '../jobs/job-spec.js';
import { dependencyEscalationJob } from './jobs/dependency-escalation-job.js';
import { dependencyInclude, isOpenRed, reminderRecipients } from './dependency-people.js';
import { portfolioSecretariatIds } from '../access/portfolio-committee.js';
import { dependencyReminderJob } from './jobs/dependency-reminder-job.js';
import { dueDayOf } from './dependency-labels.js';
import { loadPersonSnoozes, snoozeOf } from './load-person-snoozes.js';
import { escalationDay, nextReminderDay, reminderInstant, weekEndOf } from './reminder-schedule.js';

/**
 * Queues a job unless its deterministic id is already queued or has run, so scheduling the same reminder from
 * several places (the red notice, each recipient's reminder, a snooze) never resets or repeats it. A job that
 * failed for good or was cancelled is queued again: a reminder schedules the next one, so a failed one would
 * otherwise end that person's reminders; its outbox key keeps it from sending twice.
 */
async function enqueueOnce<S extends z.ZodType>(services: AppServices, definition: JobSpec<S>, payload: z.infer<S>, runAt: Date): Promise<void> {
  const jobId = definition.jobId(payload);
  const mirror = await services.db.scheduledJob.findUnique({ where: { jobId }, select: { state: true } });
  if (mirror && (mirror.state === 'pending' || mirror.state === 'done')) return;
  const now = services.clock();
  await services.jobs.enqueue(definition, payload, { runAt: runAt < now ? now : runAt });
}

/**
 * A person's grouped reminder for `day`: nothing new when a reminder of theirs is already waiting earlier in the
 * same week (it gathers every dependency with a reminder day up to the end of that week); else one on `day`.
 */
async function enqueueInWeek(services: AppServices, personId: string, day: CalendarDay): Promise<void> {
  const weekEnd = weekEndOf(day);
  const weekStart = addCalendarDays(weekEnd, -6);
  const now = services.clock();
  const pending = await services.db.scheduledJob.findMany({
    where: { name: dependencyReminderJob.name, subjectType: 'dependency-reminder', subjectId: personId, state: 'pending', runAt: { gt: now } },
    select: { payload: true },
  });
  const earlier = pending.some((job) => {
    const p = job.payload as { day?: string; dependencyId?: string };
    return !p.dependencyId && typeof p.day === 'string' && p.day >= weekStart && p.day <= day;
  });
  if (earlier) return;
  await enqueueOnce(services, dependencyReminderJob, { personId, day }, reminderInstant(services.cycles.portfolio, day));
}

/**
 * Schedules the next reminder day of a red dependency after `after` (at the earliest, today) for each recipient
 * (or only `personIds`), each by their own pause: grouped, one job per person and week's first day (see
 * `enqueueInWeek`); with grouping off, one per person, day and dependency. Nothing for a dependency that is no
 * longer red, resolved, or of a criticality the policy does not chase.
 */
export async function scheduleDependencyReminders(services: AppServices, dependencyId: string, after: CalendarDay, personIds?: string[]): Promise<void> {
  const { db, clock } = services;
  const policy = services.cycles.portfolio;
  const dependency = await db.dependency.findUnique({ where: { id: dependencyId }, include: dependencyInclude });
  if (!dependency || !isOpenRed(dependency) || !dependency.redSince) return;
  if (!policy.redDependencies.criticality.includes(dependency.criticality)) return;
  const today = calendarDayOf(clock(), policy.timeZone);
  const from = after > today ? after : today;
  const recipients = reminderRecipients(dependency, policy, await portfolioSecretariatIds(db)).filter((id) => !personIds || personIds.includes(id));
  const snoozes = await loadPersonSnoozes(db, [dependency], recipients);
  for (const personId of recipients) {
    const snoozedUntil = snoozeOf(snoozes, dependency, personId)?.until ?? null;
    const day = nextReminderDay(policy, { redSince: dependency.redSince, dueDate: dependency.dueDate, snoozedUntil }, from);
    if (policy.redDependencies.groupByPerson) await enqueueInWeek(services, personId, day);
    else await enqueueOnce(services, dependencyReminderJob, { personId, day, dependencyId }, reminderInstant(policy, day));
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
