import type { DbTx } from '../db/prisma.js';
import { sortItems } from './load-meeting.js';

/**
 * Gives the case numbers of a committee's year in agenda order: the meetings whose agenda has not been
 * distributed share the numbers they already hold, handed out again by meeting date and then agenda order
 * (the opening items, the cases, "any other business" last; removed items after them all). A distributed
 * agenda keeps its numbers for good, and no number is ever taken from the counter or given back, so a number
 * once printed is never reused. Call inside the transaction that changed the agenda.
 */
export async function renumberCases(tx: DbTx, committeeId: string, year: number): Promise<void> {
  const meetings = await tx.meeting.findMany({
    where: { committeeId, year, distributedAt: null, state: { not: 'cancelled' } },
    orderBy: [{ startsAt: 'asc' }, { number: 'asc' }],
    include: { agendaItems: true },
  });
  const live = meetings.flatMap((m) => sortItems(m.agendaItems.filter((i) => i.removedAt === null)));
  const removed = meetings.flatMap((m) => m.agendaItems.filter((i) => i.removedAt !== null)).sort((a, b) => a.caseNumber - b.caseNumber);
  const ordered = [...live, ...removed];
  const numbers = ordered.map((i) => i.caseNumber).sort((a, b) => a - b);
  const changes = ordered.map((item, i) => ({ id: item.id, to: numbers[i]! })).filter((c, i) => ordered[i]!.caseNumber !== c.to);
  // Two passes (through negative numbers), so the unique case number never meets itself half-way.
  for (const c of changes) await tx.agendaItem.update({ where: { id: c.id }, data: { caseNumber: -c.to } });
  for (const c of changes) await tx.agendaItem.update({ where: { id: c.id }, data: { caseNumber: c.to } });
}
