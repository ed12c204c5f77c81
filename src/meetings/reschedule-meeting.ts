import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { queueAgendaRefresh } from './jobs/agenda-refresh-job.js';
import { meetingParticipants } from './meeting-participants.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { buildChangeNotice } from './member-messages.js';
import { meetingTexts } from './texts.js';
import { syncMeetingJobs } from './sync-meeting-jobs.js';

/**
 * Moves a meeting: every pending deadline and reminder moves with it (`syncMeetingJobs`: jobs are replaced
 * by id, never doubled; what already ran is not run again), and presenters and members are told once per move.
 * The meeting keeps its number and year, also when it moves into another year (docs/meetings.md). An agenda
 * already posted is updated in place.
 */
export async function rescheduleMeeting(
  services: AppServices,
  meetingId: string,
  change: { startsAt: Date; endsAt: Date; place?: string; videoLink?: string | null },
): Promise<LoadedMeeting> {
  const { db } = services;
  const before = await loadMeeting(db, meetingId);
  if (before.state === 'cancelled') throw new AppError(ErrorCode.Conflict, 'meeting is cancelled', meetingTexts.meetingCancelledAlready);
  await db.meeting.update({
    where: { id: meetingId },
    data: {
      startsAt: change.startsAt,
      endsAt: change.endsAt,
      ...(change.place !== undefined ? { place: change.place } : {}),
      ...(change.videoLink !== undefined ? { videoLink: change.videoLink } : {}),
    },
  });
  const meeting = await loadMeeting(db, meetingId);
  await syncMeetingJobs(services, meeting);
  await queueAgendaRefresh(services, meeting.id);
  if (before.startsAt.getTime() !== meeting.startsAt.getTime()) {
    for (const person of await meetingParticipants(db, meeting)) {
      await sendToPerson(services, {
        personId: person.id,
        kind: 'meeting-moved',
        idempotencyKey: `moved.${meeting.id}.${meeting.startsAt.getTime()}.${person.id}`,
        message: buildChangeNotice('moved', toLocale(person.locale), meeting),
      });
    }
  }
  return meeting;
}
