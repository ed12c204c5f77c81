import type { DbTx } from '../db/prisma.js';
import type { Prisma } from '../generated/prisma/client.js';
import { RECIPIENT_FIELDS, type FanOutRecipient } from '../outbox/fan-out-kind.js';

export interface RoundRecipient extends FanOutRecipient {
  initiative: { id: string; name: string };
}

/** The initiatives a round asks (as `loadRoundScope`): active ones (and planned ones when the round says so), plus any with a report in it. */
function scopeWhere(round: { id: string; includePlanned: boolean }, unsubmittedOnly: boolean): Prisma.InitiativeWhereInput {
  const states = round.includePlanned ? (['active', 'planned'] as const) : (['active'] as const);
  const scope: Prisma.InitiativeWhereInput = { OR: [{ state: { in: [...states] } }, { statusReports: { some: { roundId: round.id } } }] };
  return unsubmittedOnly ? { AND: [scope, { NOT: { statusReports: { some: { roundId: round.id, submittedAt: { not: null } } } } }] } : scope;
}

/** How many initiative owners a round asks (one request per initiative). */
export const countRoundOwners = (db: DbTx, round: { id: string; includePlanned: boolean }, unsubmittedOnly = false) =>
  db.initiative.count({ where: scopeWhere(round, unsubmittedOnly) });

/** The next initiatives of the round after `after` (an initiative id), by id, each with its owner. */
export async function listRoundOwners(
  db: DbTx,
  round: { id: string; includePlanned: boolean },
  after: string | null,
  take: number,
  unsubmittedOnly = false,
): Promise<RoundRecipient[]> {
  const where = scopeWhere(round, unsubmittedOnly);
  const initiatives = await db.initiative.findMany({
    where: after ? { AND: [where, { id: { gt: after } }] } : where,
    orderBy: { id: 'asc' },
    take,
    select: { id: true, name: true, owner: { select: RECIPIENT_FIELDS } },
  });
  return initiatives.map(({ owner, ...initiative }) => ({ key: initiative.id, person: owner, initiative }));
}
