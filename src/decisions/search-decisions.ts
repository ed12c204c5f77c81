import type { Db } from '../db/prisma.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { SearchQuery } from './parse-search-query.js';

export const SEARCH_LIMIT = 10;

/**
 * Published decisions of the committees the person sits in, newest meeting first, matching the query's
 * text (in the item's title, the decision or the notes), committee, meeting year and case number.
 * Each hit carries where its summary was posted, for a link.
 */
export async function searchDecisions(db: Db, personId: string, query: SearchQuery) {
  const seats = await db.membership.findMany({ where: { personId }, select: { committeeId: true } });
  const committeeIds = [...new Set(seats.map((s) => s.committeeId))];
  if (committeeIds.length === 0) return null;
  const item: Prisma.AgendaItemWhereInput = {
    committeeId: { in: committeeIds },
    ...(query.committeeKey ? { committee: { key: { equals: query.committeeKey, mode: 'insensitive' } } } : {}),
    ...(query.year ? { meeting: { year: query.year } } : {}),
    ...(query.caseNumber ? { caseNumber: query.caseNumber.number, caseYear: { in: [query.caseNumber.year, query.caseNumber.year % 100] } } : {}),
  };
  const text = query.text
    ? { OR: [{ text: { contains: query.text, mode: 'insensitive' as const } }, { notes: { contains: query.text, mode: 'insensitive' as const } }, { item: { title: { contains: query.text, mode: 'insensitive' as const } } }] }
    : {};
  const where: Prisma.DecisionWhereInput = { publishedAt: { not: null }, item, ...text };
  const [total, decisions] = await Promise.all([
    db.decision.count({ where }),
    db.decision.findMany({
      where,
      include: { item: { include: { meeting: true, committee: true } } },
      orderBy: [{ item: { meeting: { startsAt: 'desc' } } }, { item: { position: 'asc' } }],
      take: SEARCH_LIMIT,
    }),
  ]);
  const keys = [...new Set(decisions.map((d) => `decisions.summary.${d.item.meetingId}`))];
  const summaries = await db.delivery.findMany({ where: { idempotencyKey: { in: keys }, state: 'sent' } });
  const byMeeting = new Map(summaries.map((s) => [s.idempotencyKey.slice('decisions.summary.'.length), s]));
  return { total, hits: decisions.map((decision) => ({ decision, summary: byMeeting.get(decision.item.meetingId) ?? null })) };
}

export type SearchResult = NonNullable<Awaited<ReturnType<typeof searchDecisions>>>;
