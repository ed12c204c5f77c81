import type { AppServices } from '../app/services.js';
import { postToCommittee } from '../outbox/post-to-committee.js';
import { agendaFor } from './agenda-for.js';
import { renumberCases } from './renumber-cases.js';
import { loadMeeting } from './load-meeting.js';

/** The outbox key of a meeting's agenda in the committee channel: the agenda is posted once per meeting. */
export const agendaDeliveryKey = (meetingId: string) => `agenda.${meetingId}`;

/**
 * Posts the agenda to the committee's channel and marks the meeting distributed. Runs from the
 * distribute_agenda milestone and from "distribute now"; whichever comes first posts, the other finds the
 * same outbox key and posts nothing. Returns false when the meeting was already distributed or is cancelled.
 * Later changes edit the posted agenda in place (`refreshPostedAgenda`).
 */
export async function distributeAgenda(services: AppServices, meetingId: string): Promise<boolean> {
  const found = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  // The numbers printed now are the meeting's for good: give them in agenda order first.
  if (found.distributedAt === null) await services.db.$transaction((tx) => renumberCases(tx, found.committeeId, found.year));
  const meeting = await loadMeeting(services.db, meetingId);
  if (meeting.state === 'cancelled') return false;
  const already = meeting.distributedAt !== null;
  const message = await agendaFor(services, meeting, services.config.DEFAULT_LOCALE);
  await postToCommittee(services, { committeeId: meeting.committeeId, kind: 'agenda', idempotencyKey: agendaDeliveryKey(meetingId), message });
  await services.db.meeting.updateMany({
    where: { id: meetingId, distributedAt: null },
    data: { distributedAt: services.clock(), state: 'distributed' },
  });
  return !already;
}
