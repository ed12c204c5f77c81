import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { meetingParticipants } from './meeting-participants.js';
import { MEETING_SUBJECT } from './ids.js';
import { buildChangeNotice } from './member-messages.js';

/**
 * Cancels a meeting: its pending jobs are cancelled (and removed from Redis), its pending deadlines marked
 * cancelled, and presenters and members told, once. Cancelling again changes nothing.
 */
export async function cancelMeeting(services: AppServices, meetingId: string, reason: string | null): Promise<LoadedMeeting> {
  const { db, jobs } = services;
  await db.meeting.updateMany({ where: { id: meetingId, state: { not: 'cancelled' } }, data: { state: 'cancelled', cancelledAt: services.clock() } });
  await jobs.cancelBySubject(MEETING_SUBJECT, meetingId);
  await db.deadline.updateMany({ where: { meetingId, state: 'pending' }, data: { state: 'cancelled' } });
  const meeting = await loadMeeting(db, meetingId);
  for (const person of await meetingParticipants(db, meeting)) {
    await sendToPerson(services, {
      personId: person.id,
      kind: 'meeting-cancelled',
      idempotencyKey: `cancelled.${meeting.id}.${person.id}`,
      message: buildChangeNotice('cancelled', toLocale(person.locale), meeting, reason),
    });
  }
  return meeting;
}
