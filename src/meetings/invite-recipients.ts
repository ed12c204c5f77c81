import type { DbTx } from '../db/prisma.js';
import type { Prisma } from '../generated/prisma/client.js';
import { RECIPIENT_FIELDS, type FanOutRecipient } from '../outbox/fan-out-kind.js';
import { ATTENDEE_ROLES } from './committee-people.js';

/** Members, chair and observers of a committee: the people invited to its meetings. */
function inviteesWhere(committeeId: string): Prisma.PersonWhereInput {
  return { memberships: { some: { committeeId, role: { in: ATTENDEE_ROLES } } } };
}

/** The invitees and the presenters of the meeting's live items: everyone told of a move or cancellation. */
function participantsWhere(meeting: { meetingId: string; committeeId: string }): Prisma.PersonWhereInput {
  return { OR: [inviteesWhere(meeting.committeeId), { presentedItems: { some: { meetingId: meeting.meetingId, removedAt: null } } }] };
}

async function listPeople(db: DbTx, where: Prisma.PersonWhereInput, after: string | null, take: number): Promise<FanOutRecipient[]> {
  // By id: a stable order that a person added mid-expansion cannot shift (the cursor is the last id done).
  const people = await db.person.findMany({ where: after ? { AND: [where, { id: { gt: after } }] } : where, orderBy: { id: 'asc' }, take, select: RECIPIENT_FIELDS });
  return people.map((person) => ({ key: person.id, person }));
}

/** How many people a meeting of the committee invites. */
export const countInvitees = (db: DbTx, committeeId: string) => db.person.count({ where: inviteesWhere(committeeId) });

/** The next invitees after `after`, by id. */
export const listInvitees = (db: DbTx, committeeId: string, after: string | null, take: number) => listPeople(db, inviteesWhere(committeeId), after, take);

/** Presenters of the meeting's live items that have no paper yet. */
function missingPresentersWhere(meetingId: string): Prisma.PersonWhereInput {
  return { presentedItems: { some: { meetingId, removedAt: null, kind: { in: ['regular', 'portfolio'] }, papers: { none: {} } } } };
}

/** How many presenters still owe a paper for the meeting. */
export const countMissingPresenters = (db: DbTx, meetingId: string) => db.person.count({ where: missingPresentersWhere(meetingId) });

/** The next presenters owing a paper after `after`, by id. */
export const listMissingPresenters = (db: DbTx, meetingId: string, after: string | null, take: number) => listPeople(db, missingPresentersWhere(meetingId), after, take);

/** How many people hear of a change to the meeting (invitees and presenters, each once). */
export const countParticipants = (db: DbTx, meeting: { meetingId: string; committeeId: string }) => db.person.count({ where: participantsWhere(meeting) });

/** The next participants after `after`, by id. */
export const listParticipants = (db: DbTx, meeting: { meetingId: string; committeeId: string }, after: string | null, take: number) =>
  listPeople(db, participantsWhere(meeting), after, take);
