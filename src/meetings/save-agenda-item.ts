import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import type { ItemType } from '../generated/prisma/enums.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { queueAgendaRefresh } from './jobs/agenda-refresh-job.js';
import { allocateCaseNumber } from './allocate-case-number.js';
import { isStandingItem, loadMeeting, needsPaper } from './load-meeting.js';
import { paperDeadlineOf } from './meeting-cycle.js';
import { renumberCases } from './renumber-cases.js';
import { meetingTexts } from './texts.js';
import { buildPresenterMessage } from './presenter-messages.js';
import { withPaperDeadlineCalendar } from '../documents/calendar/paper-deadline-ics-url.js';

export interface AgendaItemFields {
  type: ItemType;
  title: string;
  presenterId: string | null;
  proposedDecision: string | null;
  plannedStart: Date | null;
}

/**
 * Adds an item to a meeting (with the next case number of the committee and year, placed before "any other
 * business") or edits one. A newly assigned presenter gets a direct message with the meeting, the item,
 * the paper deadline and a "submit paper" button, once per item and presenter. An agenda already posted is
 * updated in place.
 */
export async function saveAgendaItem(services: AppServices, target: { meetingId: string; itemId?: string }, fields: AgendaItemFields) {
  const { db } = services;
  const meeting = await loadMeeting(db, target.meetingId);
  if (meeting.state === 'cancelled') throw new AppError(ErrorCode.Conflict, 'meeting is cancelled', meetingTexts.meetingCancelledAlready);

  let itemId = target.itemId;
  if (itemId) {
    const existing = meeting.agendaItems.find((i) => i.id === itemId);
    if (!existing) throw new AppError(ErrorCode.NotFound, `item ${itemId} not on meeting ${meeting.id}`);
    if (isStandingItem(existing)) throw new AppError(ErrorCode.Conflict, 'standing item', meetingTexts.standardItem);
    await db.agendaItem.update({ where: { id: itemId }, data: fields });
  } else {
    const position = Math.max(2, ...meeting.agendaItems.filter((i) => !isStandingItem(i)).map((i) => i.position)) + 1;
    const created = await db.$transaction(async (tx) => {
      const added = await tx.agendaItem.create({
        data: {
          ...fields,
          meetingId: meeting.id,
          committeeId: meeting.committeeId,
          caseYear: meeting.year,
          caseNumber: await allocateCaseNumber(tx, meeting.committeeId, meeting.year),
          position,
        },
      });
      await renumberCases(tx, meeting.committeeId, meeting.year);
      return added;
    });
    itemId = created.id;
  }

  const item = await db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, include: { presenter: true } });
  await queueAgendaRefresh(services, meeting.id);
  if (item.presenter) {
    const deadline = paperDeadlineOf(services, meeting);
    const locale = toLocale(item.presenter.locale);
    const message = buildPresenterMessage('assigned', locale, meeting, item, deadline?.dueAt ?? null, services.clock());
    await sendToPerson(services, {
      personId: item.presenter.id,
      kind: 'presenter-assigned',
      idempotencyKey: `assigned.${item.id}.${item.presenter.id}`,
      // The paper deadline as its own calendar entry for the presenter.
      message: deadline && needsPaper(item) ? await withPaperDeadlineCalendar(services, message, { meeting, item, dueAt: deadline.dueAt }, locale) : message,
    });
  }
  return item;
}
