import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { queueAgendaRefresh } from './jobs/agenda-refresh-job.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { meetingFanOutKeys, meetingMovedFanOut } from './meeting-fan-outs.js';
import { meetingTexts } from './texts.js';
import type { LateMilestones } from './stage-meeting-jobs.js';
import { syncMeetingJobs } from './sync-meeting-jobs.js';

/**
 * The moved meeting, how many people are told of the move (0 when only the place changed), and which past
 * milestones run late and when (re-computed from the new start) or were skipped by the move.
 */
export type MovedMeeting = LoadedMeeting & { told: number; late: LateMilestones };

/**
 * Moves a meeting: the new time and the notice to presenters and members (a staged fan-out, once per move)
 * are written in one transaction; then every pending deadline and reminder moves with it (`syncMeetingJobs`:
 * jobs are replaced by id, never doubled; what already ran is not run again; a short-notice meeting's late
 * milestones are re-computed from the new start). Moving jobs in Redis cannot
 * join the transaction; a crash before they moved is mended at the next start (`resyncMeetings`).
 * The meeting keeps its number and year, also when it moves into another year (docs/meetings.md). An agenda
 * already posted is updated in place.
 */
export async function rescheduleMeeting(
  services: AppServices,
  meetingId: string,
  change: { startsAt: Date; endsAt: Date; place?: string; videoLink?: string | null },
): Promise<MovedMeeting> {
  const { db } = services;
  const before = await loadMeeting(db, meetingId);
  if (before.state === 'cancelled') throw new AppError(ErrorCode.Conflict, 'meeting is cancelled', meetingTexts.meetingCancelledAlready);
  const moved = before.startsAt.getTime() !== change.startsAt.getTime();
  const notice = await db.$transaction(async (tx) => {
    await tx.meeting.update({
      where: { id: meetingId },
      data: {
        startsAt: change.startsAt,
        endsAt: change.endsAt,
        ...(change.place !== undefined ? { place: change.place } : {}),
        ...(change.videoLink !== undefined ? { videoLink: change.videoLink } : {}),
        // Calendars replace their entry (same UID) only when the SEQUENCE goes up.
        calendarSequence: { increment: 1 },
      },
    });
    if (!moved) return null;
    const subject = { meetingId, committeeId: before.committeeId, startsAt: change.startsAt.toISOString() };
    return stageFanOut(tx, services, meetingMovedFanOut, meetingFanOutKeys.moved(meetingId, change.startsAt), subject);
  }, TURN_TRANSACTION);
  const meeting = await loadMeeting(db, meetingId);
  const late = await syncMeetingJobs(services, meeting);
  await queueAgendaRefresh(services, meeting.id);
  if (notice) await queueFanOut(services, notice);
  return { ...meeting, told: notice?.total ?? 0, late };
}
