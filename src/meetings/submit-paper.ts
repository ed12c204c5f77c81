import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { queueAgendaRefresh } from './jobs/agenda-refresh-job.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { loadMeeting, needsPaper } from './load-meeting.js';
import { meetingFanOutKeys, paperArrivedFanOut } from './meeting-fan-outs.js';
import { paperDeadlineOf } from './meeting-cycle.js';
import { meetingTexts } from './texts.js';

/**
 * Records a paper for an item (title and links), marked late when it comes after the paper deadline, and
 * the proposed decision as confirmed or adjusted. Reminders for the item stop: they check for a paper when they run.
 * An agenda already posted is updated in place (the paper's links, no longer marked "to follow"), and when it
 * went out without this paper the members are told once that it has come (a staged fan-out, keyed by item).
 */
export async function submitPaper(
  services: AppServices,
  input: { itemId: string; personId: string; title: string; links: string[]; proposedDecision: string | null },
) {
  const { db } = services;
  const item = await db.agendaItem.findUnique({ where: { id: input.itemId } });
  if (!item || item.removedAt) throw new AppError(ErrorCode.NotFound, `item ${input.itemId} not found`);
  const meeting = await loadMeeting(db, item.meetingId);
  if (meeting.state === 'cancelled') throw new AppError(ErrorCode.Conflict, 'meeting is cancelled', meetingTexts.meetingCancelledAlready);
  const now = services.clock();
  const deadline = paperDeadlineOf(services, meeting);
  const result = await db.$transaction(async (tx) => {
    if (input.proposedDecision !== null && input.proposedDecision !== item.proposedDecision) {
      await tx.agendaItem.update({ where: { id: item.id }, data: { proposedDecision: input.proposedDecision } });
    }
    const paper = await tx.paper.create({
      data: {
        itemId: item.id,
        title: input.title,
        links: input.links,
        submittedById: input.personId,
        submittedAt: now,
        late: deadline ? now.getTime() > deadline.dueAt.getTime() : false,
      },
    });
    const hadPaper = (meeting.agendaItems.find((i) => i.id === item.id)?.papers.length ?? 0) > 0;
    const followed = meeting.distributedAt !== null && needsPaper(item) && !hadPaper
      ? await stageFanOut(tx, services, paperArrivedFanOut, meetingFanOutKeys.paperArrived(item.id), { meetingId: meeting.id, committeeId: meeting.committeeId, itemId: item.id })
      : null;
    return { paper, item, meeting, followed };
  }, TURN_TRANSACTION);
  await queueAgendaRefresh(services, meeting.id);
  if (result.followed?.isNew) await queueFanOut(services, result.followed);
  return result;
}
