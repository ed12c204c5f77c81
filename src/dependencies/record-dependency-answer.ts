import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { AppError, ErrorCode } from '../errors.js';
import { SNOOZE_FIELD } from './ids.js';
import { dependencyTexts as T } from './texts.js';
import { loadPersonSnoozes, snoozeKey } from './load-person-snoozes.js';
import { snoozeEnd } from './reminder-schedule.js';
import { scheduleDependencyReminders } from './schedule-dependency-reminders.js';
import { dropIdleReminders } from './drop-idle-reminders.js';
import { shareDependencyAnswerJob } from './jobs/share-dependency-answer-job.js';

export type DependencyAnswer =
  | { kind: 'still_red'; note?: string | null }
  | { kind: 'status'; status: 'yellow' | 'green' }
  | { kind: 'resolved' }
  | { kind: 'snooze'; workingDays: number };

/**
 * Records an answer to a red dependency as a `DependencyChange` with who and when: "still red" (with an
 * optional note), a new status, resolved, or a pause of the answering person's own reminders (field `snooze`;
 * others keep theirs; their reminder jobs left with nothing unpaused are taken off the queue). Leaving red clears `redSince` and cancels its escalation. Every answer but a pause is
 * then shared: the other copies of its messages are updated in place (all but `viaDeliveryKey`, which the
 * transport updates), and a status change is told once to the other side. An answer that no longer applies
 * (already resolved, no longer red) is refused with a message; a repeated one changes nothing. The sharing is a
 * queued job per recorded change (`shareDependencyAnswerJob`), so a failure there is retried, not lost.
 * Returns the end of the pause for a snooze, else null.
 */
export async function recordDependencyAnswer(
  services: AppServices,
  request: { dependencyId: string; actorId: string; answer: DependencyAnswer; viaDeliveryKey?: string | null },
): Promise<{ snoozedUntil: Date | null }> {
  const { db, jobs } = services;
  const now = services.clock();
  const { answer, actorId, dependencyId } = request;
  const before = await db.dependency.findUnique({ where: { id: dependencyId } });
  if (!before) throw new AppError(ErrorCode.NotFound, `dependency ${dependencyId} not found`);
  if (before.resolvedAt) throw new AppError(ErrorCode.Conflict, 'dependency already resolved', T.alreadyResolved, { description: before.description });
  const change = { dependencyId, changedById: actorId, at: now };
  // Only the state read above is changed, so two people answering at once record one change, not two.
  const guard = { id: dependencyId, status: before.status, resolvedAt: null };
  let statusChangeId: string | null = null;
  // Leaving red ends the escalation in the same transaction as the answer.
  let cancelledEscalations: string[] = [];
  // Staged with the change in one transaction, so a crash after the commit cannot lose the other side's notice.
  const sharePayload = (changeId: string) => ({ dependencyId, actorId, changeId, tellOtherSide: true, exceptDeliveryKey: request.viaDeliveryKey ?? null });

  switch (answer.kind) {
    case 'still_red': {
      if (before.status !== 'red') throw new AppError(ErrorCode.Conflict, 'dependency no longer red', T.notRedAnyMore, { description: before.description });
      const share = await db.$transaction(async (tx) => {
        const noted = await tx.dependencyChange.create({ data: { ...change, field: 'status', fromValue: 'red', toValue: 'red', note: answer.note?.trim() || null } });
        const payload = { dependencyId, actorId, changeId: noted.id, tellOtherSide: false, exceptDeliveryKey: request.viaDeliveryKey ?? null };
        await jobs.stage(tx, shareDependencyAnswerJob, payload, now);
        return payload;
      });
      await jobs.enqueue(shareDependencyAnswerJob, share, { runAt: now });
      return { snoozedUntil: null };
    }
    case 'status': {
      if (before.status === answer.status) return { snoozedUntil: null };
      statusChangeId = await db.$transaction(async (tx) => {
        const updated = await tx.dependency.updateMany({ where: guard, data: { status: answer.status, redSince: null, snoozedUntil: null } });
        if (updated.count === 0) return null;
        const id = (await tx.dependencyChange.create({ data: { ...change, field: 'status', fromValue: before.status, toValue: answer.status } })).id;
        cancelledEscalations = await jobs.cancelBySubjectIn(tx, 'dependency-escalation', dependencyId);
        await jobs.stage(tx, shareDependencyAnswerJob, sharePayload(id), now);
        return id;
      });
      break;
    }
    case 'resolved': {
      statusChangeId = await db.$transaction(async (tx) => {
        const updated = await tx.dependency.updateMany({ where: guard, data: { resolvedAt: now, redSince: null, snoozedUntil: null } });
        if (updated.count === 0) return null;
        const id = (await tx.dependencyChange.create({ data: { ...change, field: 'resolved', fromValue: 'false', toValue: 'true' } })).id;
        cancelledEscalations = await jobs.cancelBySubjectIn(tx, 'dependency-escalation', dependencyId);
        await jobs.stage(tx, shareDependencyAnswerJob, sharePayload(id), now);
        return id;
      });
      break;
    }
    case 'snooze': {
      if (before.status !== 'red') throw new AppError(ErrorCode.Conflict, 'dependency no longer red', T.notRedAnyMore, { description: before.description });
      const until = snoozeEnd(services.cycles.portfolio, now, answer.workingDays);
      const previous = (await loadPersonSnoozes(db, [before], [actorId])).get(snoozeKey(dependencyId, actorId));
      await db.dependencyChange.create({
        data: { ...change, field: SNOOZE_FIELD, fromValue: previous?.until.toISOString() ?? null, toValue: until.toISOString() },
      });
      // Their reminder jobs that now gather only paused dependencies leave the queue; then the one on the day the
      // pause ends is queued (after, so a job dropped earlier that week does not stand in for it).
      await dropIdleReminders(services, [actorId]);
      await scheduleDependencyReminders(services, dependencyId, calendarDayOf(now, services.cycles.portfolio.timeZone), [actorId]);
      return { snoozedUntil: until };
    }
  }
  if (!statusChangeId) return { snoozedUntil: null };
  await jobs.enqueue(shareDependencyAnswerJob, sharePayload(statusChangeId), { runAt: now });
  await jobs.removeCancelled(cancelledEscalations);
  return { snoozedUntil: null };
}
