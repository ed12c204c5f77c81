import type { AppServices } from '../app/services.js';
import type { CalendarDay } from '../calendar/working-days.js';
import { portfolioSecretariatIds } from '../access/portfolio-committee.js';
import { dependencyInclude, reminderRecipients, type LoadedDependency } from './dependency-people.js';
import { loadPersonSnoozes, snoozeOf, type PersonSnooze } from './load-person-snoozes.js';
import { firstReminderDayFrom, weekEndOf } from './reminder-schedule.js';

/** What one person's reminder of one day covers. */
export interface ReminderContents {
  /** The last day it gathers: the end of the week (grouped), else the day itself. */
  windowEnd: CalendarDay;
  /** Their red dependencies with a reminder day from `day` to `windowEnd`, oldest red first. */
  mine: LoadedDependency[];
  /** Those of `mine` the person has paused at `at`. */
  paused: LoadedDependency[];
  snoozeFor: (dependency: LoadedDependency) => PersonSnooze | null;
}

/**
 * What a reminder job (`dependencies.reminder`) for `personId` on `day` would gather at `at`: grouped (no
 * `dependencyId`), every dependency of theirs still red, of a chased criticality, with a reminder day in the
 * rest of that week; with grouping off, the one dependency. Read by the job when it runs and by
 * `dropIdleReminders`, which takes a job out of the queue when nothing of it is left unpaused.
 */
export async function loadReminderContents(
  services: AppServices,
  request: { personId: string; day: CalendarDay; dependencyId?: string | undefined },
  at: Date,
): Promise<ReminderContents> {
  const { db } = services;
  const policy = services.cycles.portfolio;
  const { personId, day, dependencyId } = request;
  const windowEnd = dependencyId ? day : weekEndOf(day);
  const candidates = await db.dependency.findMany({
    where: { status: 'red', resolvedAt: null, redSince: { not: null }, criticality: { in: policy.redDependencies.criticality }, ...(dependencyId ? { id: dependencyId } : {}) },
    include: dependencyInclude,
    orderBy: [{ redSince: 'asc' }, { id: 'asc' }],
  });
  const secretariat = await portfolioSecretariatIds(db);
  const theirs = candidates.filter((d) => reminderRecipients(d, policy, secretariat).includes(personId));
  const snoozes = await loadPersonSnoozes(db, theirs, [personId]);
  const snoozeFor = (d: LoadedDependency) => snoozeOf(snoozes, d, personId);
  const mine = theirs.filter((d) => firstReminderDayFrom(policy, { redSince: d.redSince!, dueDate: d.dueDate, snoozedUntil: snoozeFor(d)?.until ?? null }, day) <= windowEnd);
  const paused = mine.filter((d) => (snoozeFor(d)?.until ?? at) > at);
  return { windowEnd, mine, paused, snoozeFor };
}
