import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { sortItems } from '../meetings/load-meeting.js';
import { meetingTexts } from '../meetings/texts.js';

const personWithOrg = { include: { organisation: true } } as const;

/**
 * Everything the notice and the minutes of a meeting show: the committee and its seats, the live items in agenda
 * order with presenter, papers, decision and follow-ups, the attendance recorded and the invitation answers, and the
 * committee's previous meeting (whose minutes the approval item links to).
 */
export async function loadMeetingRecord(db: Db, meetingId: string) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    include: {
      committee: { include: { memberships: { include: { person: personWithOrg } } } },
      agendaItems: {
        where: { removedAt: null },
        include: {
          presenter: personWithOrg,
          papers: { orderBy: { submittedAt: 'asc' } },
          decision: { include: { followUps: { include: { owner: true }, orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }] } } },
        },
      },
      attendances: { include: { person: personWithOrg } },
      attendanceReplies: { include: { person: personWithOrg } },
      deadlines: { orderBy: { dueAt: 'asc' } },
    },
  });
  if (!meeting) throw new AppError(ErrorCode.NotFound, `meeting ${meetingId} not found`, meetingTexts.unknownMeeting);
  const previous = await db.meeting.findFirst({
    where: { committeeId: meeting.committeeId, state: { not: 'cancelled' }, startsAt: { lt: meeting.startsAt } },
    orderBy: { startsAt: 'desc' },
  });
  return { ...meeting, agendaItems: sortItems(meeting.agendaItems), previous };
}

export type MeetingRecord = Awaited<ReturnType<typeof loadMeetingRecord>>;
export type RecordItem = MeetingRecord['agendaItems'][number];
export type PersonWithOrg = MeetingRecord['attendances'][number]['person'] & {};

/** "Kari Nordmann (Direktoratet for e-helse)", or the name alone. */
export function nameWithOrganisation(person: { name: string; organisation: { name: string } | null }): string {
  return person.organisation ? `${person.name} (${person.organisation.name})` : person.name;
}
