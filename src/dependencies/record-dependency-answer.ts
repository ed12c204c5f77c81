import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { AppError, ErrorCode } from '../errors.js';
import { dependencyTexts as T } from './dependency-texts.js';
import { snoozeEnd } from './reminder-schedule.js';
import { scheduleDependencyReminders } from './schedule-dependency-reminders.js';

export type DependencyAnswer =
  | { kind: 'still_red'; note?: string | null }
  | { kind: 'status'; status: 'yellow' | 'green' }
  | { kind: 'resolved' }
  | { kind: 'snooze'; workingDays: number };

/**
 * Records an answer to a red dependency as a `DependencyChange` with who and when: "still red" (with an
 * optional note), a new status, resolved, or a pause of its reminders. Leaving red clears `redSince` and
 * cancels its escalation; the reminder jobs see the new state when they run. An answer that no longer applies
 * (already resolved, no longer red) is refused with a message; a repeated one changes nothing.
 */
export async function recordDependencyAnswer(services: AppServices, request: { dependencyId: string; actorId: string; answer: DependencyAnswer }): Promise<void> {
  const { db, jobs } = services;
  const now = services.clock();
  const { answer, actorId, dependencyId } = request;
  const before = await db.dependency.findUnique({ where: { id: dependencyId } });
  if (!before) throw new AppError(ErrorCode.NotFound, `dependency ${dependencyId} not found`);
  if (before.resolvedAt) throw new AppError(ErrorCode.Conflict, 'dependency already resolved', T.alreadyResolved, { description: before.description });
  const change = { dependencyId, changedById: actorId, at: now };
  // Only the state read above is changed, so two people answering at once record one change, not two.
  const guard = { id: dependencyId, status: before.status, resolvedAt: null };

  switch (answer.kind) {
    case 'still_red': {
      if (before.status !== 'red') throw new AppError(ErrorCode.Conflict, 'dependency no longer red', T.notRedAnyMore, { description: before.description });
      await db.dependencyChange.create({ data: { ...change, field: 'status', fromValue: 'red', toValue: 'red', note: answer.note?.trim() || null } });
      return;
    }
    case 'status': {
      if (before.status === answer.status) return;
      await db.$transaction(async (tx) => {
        const updated = await tx.dependency.updateMany({ where: guard, data: { status: answer.status, redSince: null, snoozedUntil: null } });
        if (updated.count === 0) return;
        await tx.dependencyChange.create({ data: { ...change, field: 'status', fromValue: before.status, toValue: answer.status } });
      });
      break;
    }
    case 'resolved': {
      await db.$transaction(async (tx) => {
        const updated = await tx.dependency.updateMany({ where: guard, data: { resolvedAt: now, redSince: null, snoozedUntil: null } });
        if (updated.count === 0) return;
        await tx.dependencyChange.create({ data: { ...change, field: 'resolved', fromValue: 'false', toValue: 'true' } });
      });
      break;
    }
    case 'snooze': {
      const until = snoozeEnd(services.cycles.portfolio, now, answer.workingDays);
      await db.$transaction(async (tx) => {
        await tx.dependency.update({ where: { id: dependencyId }, data: { snoozedUntil: until } });
        await tx.dependencyChange.create({
          data: { ...change, field: 'snoozedUntil', fromValue: before.snoozedUntil?.toISOString() ?? null, toValue: until.toISOString() },
        });
      });
      await scheduleDependencyReminders(services, dependencyId, calendarDayOf(now, services.cycles.portfolio.timeZone));
      return;
    }
  }
  await jobs.cancelBySubject('dependency-escalation', dependencyId);
}
