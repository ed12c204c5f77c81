import type { Db } from '../db/prisma.js';

/** A meeting with its committee and its items (removed ones left out, in agenda order), each with its decision. */
export async function loadMeetingDecisions(db: Db, meetingId: string) {
  return db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      committee: true,
      attendances: { include: { person: true } },
      agendaItems: {
        where: { removedAt: null },
        orderBy: [{ position: 'asc' }, { caseNumber: 'asc' }],
        include: { presenter: true, decision: { include: { followUps: { orderBy: { createdAt: 'asc' }, include: { owner: true } } } } },
      },
    },
  });
}

export type MeetingDecisions = Awaited<ReturnType<typeof loadMeetingDecisions>>;
export type ItemWithDecision = MeetingDecisions['agendaItems'][number];
