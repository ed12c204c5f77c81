import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { meetingTexts } from './texts.js';

/** What most meeting functions need: the meeting, its committee, live items (in agenda order) with papers, deadlines. */
export async function loadMeeting(db: Db, meetingId: string) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    include: {
      committee: true,
      previousMeeting: { select: { number: true, year: true } },
      agendaItems: { where: { removedAt: null }, include: { papers: { orderBy: { submittedAt: 'asc' } }, presenter: true } },
      deadlines: { orderBy: { dueAt: 'asc' } },
    },
  });
  if (!meeting) throw new AppError(ErrorCode.NotFound, `meeting ${meetingId} not found`, meetingTexts.unknownMeeting);
  return { ...meeting, agendaItems: sortItems(meeting.agendaItems) };
}

/** "NUIT 1/2027": the meeting whose minutes this one approves, when it is linked. */
export function previousMeetingLabel(meeting: { committee: { key: string }; previousMeeting: { number: number; year: number } | null }): string | null {
  return meeting.previousMeeting ? `${meeting.committee.key} ${meeting.previousMeeting.number}/${meeting.previousMeeting.year}` : null;
}

export type LoadedMeeting = Awaited<ReturnType<typeof loadMeeting>>;
export type LoadedItem = LoadedMeeting['agendaItems'][number];

const KIND_RANK: Record<string, number> = { notice_and_agenda: 0, previous_minutes: 1, regular: 2, portfolio: 2, any_other_business: 3 };

/** Agenda order: the two opening standing items, then the cases by position, "any other business" last. */
export function sortItems<T extends { kind: string; position: number; caseNumber: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => (KIND_RANK[a.kind] ?? 2) - (KIND_RANK[b.kind] ?? 2) || a.position - b.position || a.caseNumber - b.caseNumber);
}

/** Standing items need no paper and cannot be edited, moved or removed. */
export function isStandingItem(item: { kind: string }): boolean {
  return item.kind === 'notice_and_agenda' || item.kind === 'previous_minutes' || item.kind === 'any_other_business';
}

/** An item waits for a paper when it has a presenter and is not a standing item. */
export function needsPaper(item: { kind: string; presenterId: string | null }): boolean {
  return !isStandingItem(item) && item.presenterId !== null;
}
