import type { Db } from '../db/prisma.js';
import { ATTENDEE_ROLES, committeePeople } from './committee-people.js';
import type { LoadedMeeting } from './load-meeting.js';

/** Everyone who must hear of a change to the meeting: members, chair, observers and the items' presenters. */
export async function meetingParticipants(db: Db, meeting: LoadedMeeting) {
  const people = new Map((await committeePeople(db, meeting.committeeId, ATTENDEE_ROLES)).map((p) => [p.id, p]));
  for (const item of meeting.agendaItems) if (item.presenter) people.set(item.presenter.id, item.presenter);
  return [...people.values()];
}
