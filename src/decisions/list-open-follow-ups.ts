import type { Db } from '../db/prisma.js';

/** How many follow-ups each part of the list shows (Slack allows 50 blocks; each row takes two). */
export const FOLLOW_UPS_SHOWN = 10;

const include = { owner: true, decision: { include: { item: { include: { committee: true } } } } } as const;

/**
 * The open (not done) follow-ups of published decisions that a person owns, and, for the committees where
 * the person is secretariat, every other open one; each part earliest due date first, with its total.
 */
export async function listOpenFollowUps(db: Db, personId: string) {
  const open = { doneAt: null, decision: { publishedAt: { not: null } } } as const;
  const orderBy = [{ dueDate: 'asc' as const }, { createdAt: 'asc' as const }];
  const seats = await db.membership.findMany({ where: { personId, role: 'secretariat' }, select: { committeeId: true } });
  const committeeIds = [...new Set(seats.map((s) => s.committeeId))];
  const others = { ...open, ownerId: { not: personId }, decision: { ...open.decision, item: { committeeId: { in: committeeIds } } } };
  const [mine, mineTotal, committees, committeesTotal] = await Promise.all([
    db.followUp.findMany({ where: { ...open, ownerId: personId }, include, orderBy, take: FOLLOW_UPS_SHOWN }),
    db.followUp.count({ where: { ...open, ownerId: personId } }),
    committeeIds.length > 0 ? db.followUp.findMany({ where: others, include, orderBy, take: FOLLOW_UPS_SHOWN }) : Promise.resolve([]),
    committeeIds.length > 0 ? db.followUp.count({ where: others }) : Promise.resolve(0),
  ]);
  return { mine, mineTotal, secretariat: committeeIds.length > 0, committees, committeesTotal };
}

export type OpenFollowUps = Awaited<ReturnType<typeof listOpenFollowUps>>;
export type OpenFollowUp = OpenFollowUps['mine'][number];
