import type { Db } from '../db/prisma.js';

/**
 * The initiatives a round asks: the active ones (and planned ones when the round says so), plus any that
 * already have a report in the round. Each with its owner, organisation and report in the round, by name.
 */
export async function loadRoundScope(db: Db, round: { id: string; includePlanned: boolean }) {
  const states = round.includePlanned ? (['active', 'planned'] as const) : (['active'] as const);
  const initiatives = await db.initiative.findMany({
    where: { OR: [{ state: { in: [...states] } }, { statusReports: { some: { roundId: round.id } } }] },
    include: { owner: true, organisation: true, statusReports: { where: { roundId: round.id } } },
    orderBy: { name: 'asc' },
  });
  return initiatives.map(({ statusReports, ...initiative }) => {
    const report = statusReports[0] ?? null;
    const status = !report ? ('missing' as const) : report.submittedAt ? ('submitted' as const) : ('draft' as const);
    return { initiative, report, status };
  });
}
export type RoundScopeEntry = Awaited<ReturnType<typeof loadRoundScope>>[number];
