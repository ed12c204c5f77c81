import type { Db } from '../db/prisma.js';
import { dependencyInclude, type LoadedDependency } from './dependency-people.js';

/** A dependency as a message shows it: with its people and the last answer given about it. */
export interface DependencyView {
  dependency: LoadedDependency;
  lastAnswer: { field: string; fromValue: string | null; toValue: string | null; note: string | null; at: Date; by: string | null } | null;
}

/** The answers a message reports back: status changes, "still red", resolved and snoozes. */
const ANSWER_FIELDS = ['status', 'resolved', 'snoozedUntil'];

/** Loads the dependencies in the given order, each with its last recorded answer; missing ids are left out. */
export async function loadDependencyViews(db: Db, ids: string[]): Promise<DependencyView[]> {
  if (ids.length === 0) return [];
  const rows = await db.dependency.findMany({ where: { id: { in: ids } }, include: dependencyInclude });
  const changes = await db.dependencyChange.findMany({
    where: { dependencyId: { in: ids }, field: { in: ANSWER_FIELDS } },
    orderBy: { at: 'desc' },
    include: { changedBy: { select: { name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const dependency = byId.get(id);
    if (!dependency) return [];
    const last = changes.find((c) => c.dependencyId === id);
    return [
      {
        dependency,
        lastAnswer: last ? { field: last.field, fromValue: last.fromValue, toValue: last.toValue, note: last.note, at: last.at, by: last.changedBy?.name ?? null } : null,
      },
    ];
  });
}
