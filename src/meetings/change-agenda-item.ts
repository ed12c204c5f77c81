import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { queueAgendaRefresh } from './jobs/agenda-refresh-job.js';
import { isStandingItem, loadMeeting, needsPaper, type LoadedMeeting } from './load-meeting.js';
import { renumberCases } from './renumber-cases.js';
import { meetingTexts } from './texts.js';
import { withPaperDeadlineCalendar } from '../documents/calendar/paper-deadline-ics-url.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { paperDeadlineOf } from './meeting-cycle.js';
import { buildItemRemovedForPresenter } from './presenter-messages.js';

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
    await tellPresenterOfRemoval(services, meeting, itemId);
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

/**
 * A presenter whose removed item still owed its paper is told so, with the deadline's calendar entry cancelled
 * (METHOD:CANCEL, the same UID as the entry they were sent). Once per item (outbox key).
 */
async function tellPresenterOfRemoval(services: AppServices, meeting: LoadedMeeting, itemId: string): Promise<void> {
  const item = await services.db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, include: { presenter: true, papers: { select: { id: true } } } });
  if (!item.presenter || !needsPaper(item) || item.papers.length > 0) return;
  const locale = toLocale(item.presenter.locale);
  const deadline = paperDeadlineOf(services, meeting);
  const message = buildItemRemovedForPresenter(locale, meeting, item);
  await sendToPerson(services, {
    personId: item.presenter.id,
    kind: 'presenter-item-removed',
    idempotencyKey: `item-removed.${item.id}.${item.presenter.id}`,
    message: deadline ? await withPaperDeadlineCalendar(services, message, { meeting, item, dueAt: deadline.dueAt }, locale) : message,
  });
}
