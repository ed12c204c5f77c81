import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import { DependencyMessageKinds } from './build-dependency-message.js';
import { dependencyKeys } from './dependency-ids.js';
import { dependencyInclude, portfolioSecretariatIds, reminderRecipients } from './dependency-people.js';
import { loadDependencyViews } from './load-dependency-views.js';
import { isReminderDay } from './reminder-schedule.js';
import { scheduleDependencyEscalation, scheduleDependencyReminders } from './schedule-dependency-reminders.js';
import { sendDependencyMessage } from './send-dependency-message.js';

/**
 * One person's red-dependency reminder for one day: every dependency of theirs that is still red, not snoozed
 * and has that day as a reminder day, in one message (or one dependency, when grouping is off). It checks the
 * state when it runs, sends under a key per person and day, and schedules each dependency's next reminder, so
 * retries, restarts and parallel workers never send the same reminder twice.
 */
export const dependencyReminderJob = defineJob({
  name: 'dependencies.reminder',
  schema: z.object({ personId: z.string().min(1), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), dependencyId: z.string().min(1).optional() }),
  jobId: (p) => dependencyKeys.reminder(p.personId, p.day, p.dependencyId),
  attempts: 5,
  backoffMs: 5_000,
  subject: (p) => ({ type: 'dependency-reminder', id: p.personId }),
  async handle({ personId, day, dependencyId }, services) {
    const { db } = services;
    const policy = services.cycles.portfolio;
    const now = services.clock();
    const candidates = await db.dependency.findMany({
      where: { status: 'red', resolvedAt: null, redSince: { not: null }, criticality: { in: policy.redDependencies.criticality }, ...(dependencyId ? { id: dependencyId } : {}) },
      include: dependencyInclude,
      orderBy: [{ redSince: 'asc' }, { id: 'asc' }],
    });
    const secretariat = await portfolioSecretariatIds(db);
    const mine = candidates.filter(
      (d) => reminderRecipients(d, policy, secretariat).includes(personId) && isReminderDay(policy, { redSince: d.redSince!, dueDate: d.dueDate, snoozedUntil: d.snoozedUntil }, day),
    );
    const due = mine.filter((d) => !(d.snoozedUntil && d.snoozedUntil > now));
    if (due.length > 0) {
      await sendDependencyMessage(services, {
        personId,
        kind: DependencyMessageKinds.reminder,
        idempotencyKey: dependencyKeys.reminder(personId, day, dependencyId),
        views: await loadDependencyViews(db, due.map((d) => d.id)),
      });
    }
    for (const d of mine) {
      await scheduleDependencyReminders(services, d.id, day);
      await scheduleDependencyEscalation(services, d.id);
    }
  },
});
