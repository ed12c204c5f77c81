import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz';
import { formatDate } from '../i18n/format-date.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { itemTitle } from '../meetings/item-title.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { nameWithOrganisation, type MeetingRecord } from './load-meeting-record.js';
import { plain } from './plain-text.js';
import { documentTexts as T } from './texts.js';

/** An attachment as the notice lists it: "Vedlegg 3A: title", with the paper's links. */
export interface NoticeAttachment {
  label: string;
  links: string[];
}

/** What the notice shows, in the reader's language: the model the .docx is made from (and versioned by). */
export interface NoticeContent {
  locale: Locale;
  fileName: string;
  committee: { key: string; name: string };
  meeting: string;
  date: string;
  time: string;
  place: string;
  videoLink: string | null;
  members: string[];
  observers: string[];
  items: {
    caseNumber: string;
    title: string;
    time: string;
    type: string;
    presenter: string;
    description: string | null;
    proposedDecision: string | null;
    attachments: NoticeAttachment[];
  }[];
}

/** "10:00" in the committee's time zone, as the seed's agenda table writes it. */
export function clockTime(date: Date, timeZone: string): string {
  return format(new TZDate(date, timeZone), 'HH:mm');
}

/** "10.00" (nb) / "10:00" (en). */
export function localTime(date: Date, locale: Locale, timeZone: string): string {
  return format(new TZDate(date, timeZone), locale === 'nb' ? 'HH.mm' : 'HH:mm');
}

/** The letter suffix of the n-th paper of an item: "", "A", "B", … (as "Vedlegg 3", "Vedlegg 3A"). */
const suffix = (index: number) => (index === 0 ? '' : String.fromCharCode(64 + index));

/**
 * The notice's content for one language. Attachments are numbered through the agenda ("Vedlegg 1", "Vedlegg 1A");
 * the approval of the previous minutes lists those minutes, linked when they were made (`previousMinutesUrl`).
 */
export function noticeContent(record: MeetingRecord, locale: Locale, options: { previousMinutesUrl?: string | null } = {}): NoticeContent {
  const tz = record.committee.timeZone;
  const meeting = formatMeetingRef(record.committee.key, record);
  const seats = record.committee.memberships;
  const seated = (roles: string[]) =>
    [...new Map(seats.filter((m) => roles.includes(m.role)).map((m) => [m.person.id, m.person])).values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      .map(nameWithOrganisation);
  let attachmentNumber = 0;
  const items = record.agendaItems.map((item) => {
    const attachments: NoticeAttachment[] = [];
    if (item.kind === 'previous_minutes' && record.previous) {
      attachmentNumber += 1;
      const previous = plain(locale, T.previousMinutesAttachment, { meeting: formatMeetingRef(record.committee.key, record.previous) });
      attachments.push({ label: plain(locale, T.attachment, { n: String(attachmentNumber), title: previous }), links: options.previousMinutesUrl ? [options.previousMinutesUrl] : [] });
    }
    if (item.papers.length) {
      attachmentNumber += 1;
      item.papers.forEach((paper, index) => attachments.push({ label: plain(locale, T.attachment, { n: `${attachmentNumber}${suffix(index)}`, title: paper.title }), links: paper.links }));
    }
    return {
      caseNumber: formatCaseNumber(item),
      title: itemTitle(item, locale),
      time: item.plannedStart ? clockTime(item.plannedStart, tz) : '',
      type: item.kind === 'any_other_business' ? '' : plain(locale, itemTypeTexts[item.type]),
      presenter: item.presenter ? nameWithOrganisation(item.presenter) : '',
      description: item.description,
      proposedDecision: item.proposedDecision,
      attachments,
    };
  });
  return {
    locale,
    fileName: plain(locale, T.noticeFileName, { meeting }),
    committee: { key: record.committee.key, name: record.committee.name },
    meeting,
    date: formatDate(record.startsAt, locale, tz),
    time: plain(locale, T.timeSpan, { from: localTime(record.startsAt, locale, tz), to: localTime(record.endsAt, locale, tz) }),
    place: record.place.trim() || plain(locale, T.videoMeeting),
    videoLink: record.videoLink,
    members: seated(['chair', 'member']),
    observers: seated(['observer']),
    items,
  };
}
