import type { AppServices } from '../app/services.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { MEETING_SUBJECT } from './ids.js';
import { meetingCancelledFanOut, meetingFanOutKeys } from './meeting-fan-outs.js';

/** The cancelled meeting, and how many people this cancellation tells (0 when it was cancelled already). */
export type CancelledMeeting = LoadedMeeting & { told: number };

/**
 * Cancels a meeting: the new state, its pending deadlines and the notice to presenters and members (a staged
 * fan-out, once) are written in one transaction; then its pending jobs are cancelled (and removed from Redis;
 * a job that runs anyway finds the meeting cancelled and does nothing). Cancelling again changes nothing.
 */
export async function cancelMeeting(services: AppServices, meetingId: string, reason: string | null): Promise<CancelledMeeting> {
  const { db, jobs } = services;
  const notice = await db.$transaction(async (tx) => {
    const cancelled = await tx.meeting.updateMany({ where: { id: meetingId, state: { not: 'cancelled' } }, data: { state: 'cancelled', cancelledAt: services.clock(), calendarSequence: { increment: 1 } } });
    if (cancelled.count === 0) return null;
    await tx.deadline.updateMany({ where: { meetingId, state: 'pending' }, data: { state: 'cancelled' } });
    const { committeeId } = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { committeeId: true } });
    return stageFanOut(tx, services, meetingCancelledFanOut, meetingFanOutKeys.cancelled(meetingId), { meetingId, committeeId, reason });
  }, TURN_TRANSACTION);
  await jobs.cancelBySubject(MEETING_SUBJECT, meetingId);
  if (notice) await queueFanOut(services, notice);
  return { ...(await loadMeeting(db, meetingId)), told: notice?.total ?? 0 };
}
