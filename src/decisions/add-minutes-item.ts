import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Db } from '../db/prisma.js';
import { decisionTexts } from './texts.js';
import { allocateCaseNumber } from '../meetings/allocate-case-number.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';

/**
 * Puts "approval of the minutes of <previous meeting>" on a meeting's agenda (an item of kind
 * `previous_minutes`, type approval) and links the meeting to the previous one. Idempotent: an existing
 * `previous_minutes` item (a standing item the meetings code may already have created) is reused and given
 * the previous meeting's name; a second call changes nothing. Returns the item's id, or null when the
 * committee has no earlier meeting.
 *
 * The case number comes from the committee's counter (`allocateCaseNumber`, the same as the meetings code
 * uses: an atomic increment of a locked row), so two items created at the same moment never collide.
 * The meetings code calls this when it creates a meeting; publishing decisions calls it for the next meeting.
 */
export async function addMinutesItem(db: Db, meetingId: string, locale: Locale = 'nb'): Promise<string | null> {
  return db.$transaction(async (tx) => {
    // Two calls for the same meeting at once wait for each other here, so only one item is ever created.
    await tx.$queryRaw`SELECT "id" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { committee: true } });
    const previous = await tx.meeting.findFirst({
      where: { committeeId: meeting.committeeId, startsAt: { lt: meeting.startsAt }, state: { not: 'cancelled' }, id: { not: meeting.id } },
      orderBy: { startsAt: 'desc' },
    });
    if (!previous) return null;
    const ref = formatMeetingRef(meeting.committee.key, previous);
    const title = t(locale, decisionTexts.minutesItemTitle, { meeting: ref });
    const proposedDecision = t(locale, decisionTexts.minutesItemProposal, { meeting: ref });
    if (meeting.previousMeetingId !== previous.id) await tx.meeting.update({ where: { id: meeting.id }, data: { previousMeetingId: previous.id } });
    const existing = await tx.agendaItem.findFirst({ where: { meetingId, kind: 'previous_minutes', removedAt: null } });
    if (existing) {
      if (existing.title !== title) await tx.agendaItem.update({ where: { id: existing.id }, data: { title, proposedDecision: existing.proposedDecision ?? proposedDecision } });
      return existing.id;
    }
    // Right after "approval of notice and agenda" when there is one, otherwise first.
    const notice = await tx.agendaItem.findFirst({ where: { meetingId, kind: 'notice_and_agenda', removedAt: null } });
    const position = notice ? notice.position + 1 : 0;
    await tx.agendaItem.updateMany({ where: { meetingId, position: { gte: position } }, data: { position: { increment: 1 } } });
    const item = await tx.agendaItem.create({
      data: {
        meetingId,
        committeeId: meeting.committeeId,
        caseYear: meeting.year,
        caseNumber: await allocateCaseNumber(tx, meeting.committeeId, meeting.year),
        type: 'approval',
        kind: 'previous_minutes',
        title,
        proposedDecision,
        position,
      },
    });
    return item.id;
  });
}

/** Adds the approval of a meeting's minutes to the committee's next meeting, when one is planned. */
export async function addMinutesItemToNextMeeting(db: Db, meetingId: string, locale: Locale = 'nb'): Promise<string | null> {
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  const next = await db.meeting.findFirst({
    where: { committeeId: meeting.committeeId, startsAt: { gt: meeting.startsAt }, state: { not: 'cancelled' } },
    orderBy: { startsAt: 'asc' },
  });
  return next ? addMinutesItem(db, next.id, locale) : null;
}
