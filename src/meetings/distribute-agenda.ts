import type { AppServices } from '../app/services.js';
import { queueStagedNotice, stageNotice } from '../documents/jobs/notice-job.js';
import { postToCommittee } from '../outbox/post-to-committee.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { agendaFor } from './agenda-for.js';
import { loadMeeting } from './load-meeting.js';
import { meetingFanOutKeys, paperToFollowFanOut } from './meeting-fan-outs.js';
import { renumberCases } from './renumber-cases.js';

/** The outbox key of a meeting's agenda in the committee channel: the agenda is posted once per meeting. */
export const agendaDeliveryKey = (meetingId: string) => `agenda.${meetingId}`;

/**
 * Posts the agenda to the committee's channel and marks the meeting distributed, at any time: a paper not
 * yet in is marked "to follow" in the agenda, and its presenter is reminded (a staged fan-out). Runs from the
 * distribute_agenda milestone and from "distribute now"; whichever comes first posts, the other finds the
 * same outbox key and posts nothing. In the same transaction that marks it distributed, the case numbers are
 * given in agenda order (`renumberCases`); from then on they never change. Returns false when the meeting
 * was already distributed or is cancelled. Later changes edit the posted agenda in place (`refreshPostedAgenda`)
 * and make a new notice version.
 */
export async function distributeAgenda(services: AppServices, meetingId: string): Promise<boolean> {
  const { db } = services;
  const found = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  if (found.state === 'cancelled') return false;
  const now = services.clock();
  const reminder = await db.$transaction(async (tx) => {
    await renumberCases(tx, found.committeeId, found.year);
    const marked = await tx.meeting.updateMany({ where: { id: meetingId, distributedAt: null, state: { not: 'cancelled' } }, data: { distributedAt: now, state: 'distributed' } });
    if (marked.count === 0) return null;
    // The notice as a Word document is made by its own job (made, then uploaded or linked in the channel), staged
    // with the distribution: a crash after the commit cannot lose it (the sweep queues a staged job).
    await stageNotice(services, tx, meetingId, now);
    return stageFanOut(tx, services, paperToFollowFanOut, meetingFanOutKeys.paperToFollow(meetingId), { meetingId, committeeId: found.committeeId });
  }, TURN_TRANSACTION);
  // Marked first, so the agenda posted shows missing papers as "to follow"; a crash here is mended by the
  // milestone's retry (or the sweep), which posts under the same key.
  const meeting = await loadMeeting(db, meetingId);
  // On each platform the committee's channel is on, in the channel's languages (bilingual when its people differ).
  await postToCommittee(services, { committeeId: meeting.committeeId, kind: 'agenda', idempotencyKey: agendaDeliveryKey(meetingId), build: (locale) => agendaFor(services, meeting, locale) });
  if (reminder) {
    await queueStagedNotice(services, meetingId, now);
    await queueFanOut(services, reminder);
  }
  return reminder !== null;
}
