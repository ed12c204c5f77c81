import type { Db } from '../db/prisma.js';
import { SNOOZE_FIELD } from './ids.js';

/** One person's pause of their reminders about one dependency: until when, and when they asked. */
export interface PersonSnooze {
  until: Date;
  at: Date;
}

export const snoozeKey = (dependencyId: string, personId: string): string => `${dependencyId}.${personId}`;

/**
 * The latest pause each person asked for on each of the given dependencies, in its current red spell (a pause
 * asked before the dependency last turned red is forgotten). Keyed by `snoozeKey(dependencyId, personId)`.
 */
export async function loadPersonSnoozes(
  db: Db,
  dependencies: { id: string; redSince: Date | null }[],
  personIds?: string[],
): Promise<Map<string, PersonSnooze>> {
  const result = new Map<string, PersonSnooze>();
  if (dependencies.length === 0) return result;
  const rows = await db.dependencyChange.findMany({
    where: {
      field: SNOOZE_FIELD,
      dependencyId: { in: dependencies.map((d) => d.id) },
      changedById: personIds ? { in: personIds } : { not: null },
    },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  const redSince = new Map(dependencies.map((d) => [d.id, d.redSince]));
  for (const row of rows) {
    const since = redSince.get(row.dependencyId);
    if (!row.changedById || !row.toValue || !since || row.at < since) continue;
    result.set(snoozeKey(row.dependencyId, row.changedById), { until: new Date(row.toValue), at: row.at });
  }
  return result;
}

/** The pause that applies to a person: their own, else a pause of everybody's reminders set before pauses were per person. */
export function snoozeOf(
  snoozes: Map<string, PersonSnooze>,
  dependency: { id: string; snoozedUntil: Date | null },
  personId: string,
): PersonSnooze | null {
  return snoozes.get(snoozeKey(dependency.id, personId)) ?? (dependency.snoozedUntil ? { until: dependency.snoozedUntil, at: new Date(0) } : null);
}
