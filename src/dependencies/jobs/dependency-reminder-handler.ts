import type { AppServices } from '../../app/services.js';
import { addCalendarDays, type CalendarDay } from '../../calendar/working-days.js';
import { defineJobHandler } from '../../jobs/job-handler.js';
import { DependencyMessageKinds, dependencyIdsOf, type DependencyMessage } from '../build-dependency-message.js';
import { dependencyKeys } from '../ids.js';
import { loadDependencyViews } from '../load-dependency-views.js';
import { loadReminderContents } from '../load-reminder-contents.js';
import { reminderInstant, weekEndOf } from '../reminder-schedule.js';
import { scheduleDependencyEscalation, scheduleDependencyReminders } from '../schedule-dependency-reminders.js';
import { sendDependencyMessage } from '../send-dependency-message.js';
import { dependencyReminderJob } from './dependency-reminder-job.js';

/**
 * Grouped (the default), the reminder lists every dependency of theirs that is still red, not paused by them, and
 * has a reminder day from that day to the end of its week (Monday to Sunday) and was not already in an earlier reminder to them that week; with grouping off, the one dependency
 * whose reminder day it is. It checks the state when it runs, sends under a key per person and day, and
 * schedules each dependency's next reminder, so retries, restarts and parallel workers never send the same
 * reminder twice.
 */
export const dependencyReminderHandler = defineJobHandler(dependencyReminderJob, {
  async handle({ personId, day, dependencyId }, services) {
    const { db } = services;
    const now = services.clock();
    const grouped = !dependencyId;
    const { windowEnd, mine, paused, snoozeFor } = await loadReminderContents(services, { personId, day, dependencyId }, now);
    const covered = grouped ? await coveredThisWeek(services, personId, day) : new Map<string, Date>();
    const due = mine.filter((d) => {
      if (paused.includes(d)) return false;
      const sentAt = covered.get(d.id);
      return !sentAt || sentAt <= (snoozeFor(d)?.at ?? new Date(0));
    });
    if (due.length > 0) {
      await sendDependencyMessage(services, {
        personId,
        kind: DependencyMessageKinds.reminder,
        idempotencyKey: dependencyKeys.reminder(personId, day, dependencyId),
        views: await loadDependencyViews(db, due.map((d) => d.id), personId),
      });
    }
    for (const d of mine) {
      // A dependency they paused comes back on the day the pause ends; the others after this week.
      if (paused.includes(d)) await scheduleDependencyReminders(services, d.id, day, [personId]);
      else await scheduleDependencyReminders(services, d.id, windowEnd);
      await scheduleDependencyEscalation(services, d.id);
    }
  },
});

/** The dependencies an earlier grouped reminder to the person listed in the same week, with when it was written. */
async function coveredThisWeek(services: AppServices, personId: string, day: CalendarDay): Promise<Map<string, Date>> {
  const weekStart = addCalendarDays(weekEndOf(day), -6);
  const keyDays = new Map<string, CalendarDay>();
  for (let d = weekStart; d < day; d = addCalendarDays(d, 1)) keyDays.set(dependencyKeys.reminder(personId, d), d);
  const rows = await services.db.delivery.findMany({ where: { idempotencyKey: { in: [...keyDays.keys()] } }, select: { payload: true, idempotencyKey: true } });
  const covered = new Map<string, Date>();
  for (const row of rows) {
    const at = reminderInstant(services.cycles.portfolio, keyDays.get(row.idempotencyKey)!);
    for (const id of dependencyIdsOf(row.payload as Partial<DependencyMessage>)) covered.set(id, at);
  }
  return covered;
}
