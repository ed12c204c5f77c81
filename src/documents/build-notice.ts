import { format } from 'date-fns/format';
import { TZDate } from '@date-fns/tz';
import { formatDate } from '../i18n/format-date.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { itemTitle } from '../meetings/item-title.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { gridTable, heading, labelTable, packDocx, paragraph, title, type Cell, type GridRow, type Inline } from '../files/docx-parts.js';
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

const lines = (values: string[]): Cell => (values.length ? values.map((v) => [v] as Inline[]) : '–');

function attachmentCell(attachments: NoticeAttachment[], locale: Locale): Cell {
  if (!attachments.length) return '';
  return attachments.map((a): Inline[] => (a.links.length ? [a.label, ...a.links.map((url, i) => ({ link: url, label: ` [${i + 1}]` }))] : [a.label]));
}

/** The notice as a Word document: head table, agenda table, then one section per item, as in the NUIT 2/2021 notice. */
export async function renderNoticeDocx(content: NoticeContent, version: number): Promise<Buffer> {
  const L = content.locale;
  const p = <P>(text: Record<Locale, (params: P) => string>, params: P) => plain(L, text, params);
  const head = labelTable([
    { label: plain(L, T.labelMeeting), value: content.meeting },
    { label: plain(L, T.labelDate), value: content.date },
    { label: plain(L, T.labelTime), value: content.time },
    { label: plain(L, T.labelPlace), value: content.place },
    ...(content.videoLink ? [{ label: plain(L, T.labelVideo), value: { link: content.videoLink, label: content.videoLink } }] : []),
    { label: plain(L, T.labelMembers), value: lines(content.members) },
    { label: plain(L, T.labelObservers), value: lines(content.observers) },
  ]);
  const agenda = gridTable(
    [plain(L, T.columnCase), p(T.columnAgenda, { committee: content.committee.key }), plain(L, T.columnTime), plain(L, T.columnType), plain(L, T.columnPresenter)],
    content.items.map((item) => [item.caseNumber, item.title, item.time, item.type, item.presenter]),
    // Wide enough for the longest header word in bold («Tidspunkt», «Saksansvarlig») without a break inside it.
    [10, 35, 15, 17, 23],
  );
  const sections: GridRow[] = content.items.flatMap((item): GridRow[] => {
    const body: Inline[][] = [];
    if (item.description) body.push(...item.description.split(/\n+/).map((line): Inline[] => [line]));
    if (item.proposedDecision) body.push([{ bold: plain(L, T.proposedDecision) }, ` ${item.proposedDecision}`]);
    const headRow: GridRow = [{ bold: item.caseNumber }, { bold: item.title }, { bold: item.type }];
    // A standing item with nothing to say gets no empty row under its heading.
    if (!body.length && !item.attachments.length) return [headRow];
    return [headRow, [' ', body.length ? body : '', attachmentCell(item.attachments, L)]];
  });
  const itemTable = gridTable([plain(L, T.columnCase), plain(L, T.columnTopic), `${plain(L, T.columnType)} / ${plain(L, T.columnAttachments)}`], sections, [9, 61, 30]);
  return packDocx({
    title: content.fileName,
    language: L === 'nb' ? 'nb-NO' : 'en-GB',
    children: [
      title(p(T.meetingIn, { committee: content.committee.key })),
      head,
      paragraph(''),
      agenda,
      heading(plain(L, T.itemsHeading), 2),
      itemTable,
      paragraph(''),
      paragraph({ italic: `${content.fileName} · ${p(T.versionLine, { version })}` }),
    ],
  });
}
