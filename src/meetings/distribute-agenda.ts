import type { AppServices } from '../app/services.js';
import { queueNotice } from '../documents/jobs/notice-job.js';
import { postToCommittee } from '../outbox/post-to-committee.js';
import { agendaFor } from './agenda-for.js';
import { loadMeeting } from './load-meeting.js';

/** The outbox key of a meeting's agenda in the committee channel: the agenda is posted once per meeting. */
export const agendaDeliveryKey = (meetingId: string) => `agenda.${meetingId}`;

/**
 * Posts the agenda to the committee's channel and marks the meeting distributed. Runs from the
 * distribute_agenda milestone and from "distribute now"; whichever comes first posts, the other finds the
 * same outbox key and posts nothing. Returns false when the meeting was already distributed or is cancelled.
 * Later changes edit the posted agenda in place (`refreshPostedAgenda`) and make a new notice version.
 */
export async function distributeAgenda(services: AppServices, meetingId: string): Promise<boolean> {
  const meeting = await loadMeeting(services.db, meetingId);
  if (meeting.state === 'cancelled') return false;
  const already = meeting.distributedAt !== null;
  const message = await agendaFor(services, meeting, services.config.DEFAULT_LOCALE);
  await postToCommittee(services, { committeeId: meeting.committeeId, kind: 'agenda', idempotencyKey: agendaDeliveryKey(meetingId), message });
  await services.db.meeting.updateMany({
    where: { id: meetingId, distributedAt: null },
    data: { distributedAt: services.clock(), state: 'distributed' },
  });
  // The notice as a Word document follows in its own job (made, then uploaded or linked in the channel).
  await queueNotice(services, meetingId);
  return !already;
}
