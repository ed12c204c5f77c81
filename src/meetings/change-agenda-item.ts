import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { queueAgendaRefresh } from './jobs/agenda-refresh-job.js';
import { isStandingItem, loadMeeting } from './load-meeting.js';
import { renumberCases } from './renumber-cases.js';
import { meetingTexts } from './texts.js';

/**
 * Moves a case one place up or down among the cases (standing items stay where they are), or removes it.
 * A removed item keeps its case number (`removedAt` is set), so the number is never handed out again.
 * An agenda already posted is updated in place (a queued job).
 */
export async function changeAgendaItem(services: AppServices, itemId: string, change: 'up' | 'down' | 'remove') {
  const { db } = services;
  const item = await db.agendaItem.findUnique({ where: { id: itemId } });
  if (!item || item.removedAt) throw new AppError(ErrorCode.NotFound, `item ${itemId} not found`, meetingTexts.unknownMeeting);
  if (isStandingItem(item)) throw new AppError(ErrorCode.Conflict, 'standing item', meetingTexts.standardItem);
  const meeting = await loadMeeting(db, item.meetingId);
  if (meeting.state === 'cancelled') throw new AppError(ErrorCode.Conflict, 'meeting is cancelled', meetingTexts.meetingCancelledAlready);
  if (change === 'remove') {
    await db.$transaction(async (tx) => {
      await tx.agendaItem.update({ where: { id: itemId }, data: { removedAt: services.clock() } });
      await renumberCases(tx, meeting.committeeId, meeting.year);
    });
    await queueAgendaRefresh(services, meeting.id);
    return { meeting, item };
  }
  const cases = meeting.agendaItems.filter((i) => !isStandingItem(i));
  const index = cases.findIndex((i) => i.id === itemId);
  const other = cases[change === 'up' ? index - 1 : index + 1];
  if (!other) return { meeting, item };
  // Renumber the positions of all cases in their new order, so equal positions can never tie.
  const order = cases.map((c) => c.id);
  [order[index], order[order.indexOf(other.id)]] = [other.id, itemId];
  await db.$transaction(async (tx) => {
    for (const [i, id] of order.entries()) await tx.agendaItem.update({ where: { id }, data: { position: 3 + i } });
    await renumberCases(tx, meeting.committeeId, meeting.year);
  });
  await queueAgendaRefresh(services, meeting.id);
  return { meeting, item };
}
