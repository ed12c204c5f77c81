import type { AppServices } from '../../app/services.js';
import { formatCaseNumber } from '../../i18n/format-numbers.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import type { Message } from '../../ui/model.js';
import { documentUrl } from '../document-url.js';
import { saveDocumentVersion } from '../save-document-version.js';
import { documentTexts as T } from '../texts.js';
import { paperDeadlineIcs, type CalendarMeeting } from './build-calendar.js';

/** What a paper deadline's entry needs: the meeting, the item and the deadline. */
export interface PaperDeadlineRef {
  meeting: CalendarMeeting;
  item: { id: string; caseNumber: number; caseYear: number; title: string; removedAt: Date | null };
  dueAt: Date;
}

/**
 * The .ics of an item's paper deadline as it stands (UID `paper-deadline-<itemId>@saksgang`, the meeting's SEQUENCE,
 * METHOD:CANCEL once the item is removed or the meeting cancelled), stored as a generated file (a new version only
 * when the entry changed), and its download address; null without a public address. The presenter's assignment,
 * reminders, late notices, the move and cancellation notices and the removal notice carry it.
 */
export async function paperDeadlineIcsUrl(services: AppServices, ref: PaperDeadlineRef, locale: Locale): Promise<string | null> {
  const { meeting, item, dueAt } = ref;
  const deadline = { itemId: item.id, caseNumber: item.caseNumber, caseYear: item.caseYear, title: item.title, dueAt, updatedAt: meeting.updatedAt, removed: item.removedAt !== null, meeting };
  const ics = paperDeadlineIcs(deadline, locale);
  const content = { ...deadline, updatedAt: null, meeting: { ...meeting, updatedAt: null }, locale };
  const { document } = await saveDocumentVersion(services, { meetingId: meeting.id, kind: `paper-deadline.${item.id}`, locale, extension: 'ics', content, render: async () => ics });
  const name = `${meeting.committee.key} ${formatCaseNumber(item)}`;
  return documentUrl(services, document.fileId, name);
}

/** The message with a button to the deadline's .ics ("in your calendar", or "remove" once cancelled); as it was without an address. */
export async function withPaperDeadlineCalendar(services: AppServices, message: Message, ref: PaperDeadlineRef, locale: Locale): Promise<Message> {
  const url = await paperDeadlineIcsUrl(services, ref, locale);
  if (!url) return message;
  const cancelled = ref.item.removedAt !== null || ref.meeting.state === 'cancelled';
  const label = t(locale, cancelled ? T.removeDeadlineFromCalendar : T.addDeadlineToCalendar, { case: formatCaseNumber(ref.item) });
  return { ...message, blocks: [...message.blocks, { type: 'actions', buttons: [{ url, label }] }] };
}

/**
 * For a fan-out (built once per batch, applied per person): the deadline .ics of each given item in both languages,
 * made up front, and a function that adds the buttons of one person's items to their message.
 */
export async function preparePaperDeadlineCalendars(
  services: AppServices,
  meeting: CalendarMeeting,
  items: PaperDeadlineRef['item'][],
  dueAt: Date,
): Promise<(message: Message, locale: Locale, itemIds: string[]) => Message> {
  const urls = new Map<string, string | null>();
  for (const item of items) {
    for (const locale of ['nb', 'en'] as const) urls.set(`${item.id}.${locale}`, await paperDeadlineIcsUrl(services, { meeting, item, dueAt }, locale));
  }
  return (message, locale, itemIds) => {
    const cancelled = meeting.state === 'cancelled';
    const buttons = items
      .filter((item) => itemIds.includes(item.id) && urls.get(`${item.id}.${locale}`))
      .map((item) => ({ url: urls.get(`${item.id}.${locale}`)!, label: t(locale, cancelled || item.removedAt ? T.removeDeadlineFromCalendar : T.addDeadlineToCalendar, { case: formatCaseNumber(item) }) }));
    return buttons.length > 0 ? { ...message, blocks: [...message.blocks, { type: 'actions', buttons }] } : message;
  };
}
