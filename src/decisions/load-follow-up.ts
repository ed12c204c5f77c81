import type { Db } from '../db/prisma.js';

/** A follow-up with its owner and the item, meeting and committee it comes from; null when it is gone. */
export async function loadFollowUp(db: Db, followUpId: string) {
  return db.followUp.findUnique({
    where: { id: followUpId },
    include: { owner: true, decision: { include: { item: { include: { meeting: { include: { committee: true } } } } } } },
  });
}

export type LoadedFollowUp = NonNullable<Awaited<ReturnType<typeof loadFollowUp>>>;
