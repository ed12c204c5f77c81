import type { Db } from '../db/prisma.js';
import { dependencyInclude, type LoadedDependency } from './dependency-people.js';
import { loadPersonSnoozes, snoozeOf, type PersonSnooze } from './load-person-snoozes.js';

/** A dependency as a message shows it: with its people and the last answer given about it. */
export interface DependencyView {
  dependency: LoadedDependency;
  lastAnswer: { field: string; fromValue: string | null; toValue: string | null; note: string | null; at: Date; by: string | null } | null;
  /** Until when the reader of the message paused their own reminders about it; null when not paused or unknown. */
  snoozedUntil: Date | null;
}

/** The answers a message reports back to everybody: status changes, "still red", resolved (a pause is the reader's own). */
const ANSWER_FIELDS = ['status', 'resolved'];

/**
 * Loads the dependencies in the given order, each with its last recorded answer and, for `readerId`, their own
 * pause; missing ids are left out.
 */
export async function loadDependencyViews(db: Db, ids: string[], readerId?: string | null): Promise<DependencyView[]> {
  if (ids.length === 0) return [];
  const rows = await db.dependency.findMany({ where: { id: { in: ids } }, include: dependencyInclude });
  const changes = await db.dependencyChange.findMany({
    where: { dependencyId: { in: ids }, field: { in: ANSWER_FIELDS } },
    orderBy: { at: 'desc' },
    include: { changedBy: { select: { name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const snoozes = readerId ? await loadPersonSnoozes(db, rows, [readerId]) : new Map<string, PersonSnooze>();
  return ids.flatMap((id) => {
    const dependency = byId.get(id);
    if (!dependency) return [];
    const last = changes.find((c) => c.dependencyId === id);
    return [
      {
        dependency,
        lastAnswer: last ? { field: last.field, fromValue: last.fromValue, toValue: last.toValue, note: last.note, at: last.at, by: last.changedBy?.name ?? null } : null,
        snoozedUntil: readerId ? (snoozeOf(snoozes, dependency, readerId)?.until ?? null) : dependency.snoozedUntil,
      },
    ];
  });
}
