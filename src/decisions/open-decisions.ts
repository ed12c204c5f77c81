import type { Db } from '../db/prisma.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { buildItemsMessage } from './build-items-message.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';
import { loadMeetingDecisions } from './load-meeting-decisions.js';

/** The secretariat's overview of a meeting's items and decisions, with the buttons to record them. */
export async function openDecisions(db: Db, meetingId: string, locale: Locale, now: Date): Promise<Message> {
  const meeting = await loadMeetingDecisions(db, meetingId);
  return buildItemsMessage(
    {
      meetingId,
      meetingRef: formatMeetingRef(meeting.committee.key, meeting),
      publishedAt: meeting.decisionsPublishedAt,
      endsAt: meeting.endsAt,
      items: meeting.agendaItems.map((item) => ({
        id: item.id,
        caseNumber: item.caseNumber,
        caseYear: item.caseYear,
        title: item.title,
        type: item.type,
        proposedDecision: item.proposedDecision,
        decision: item.decision?.text ?? null,
      })),
    },
    locale,
    now,
  );
}
