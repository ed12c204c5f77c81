import { formatDate } from '../i18n/format-date.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { itemTitle } from '../meetings/item-title.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { localTime } from './build-notice.js';
import { gridTable, heading, labelTable, packDocx, paragraph, title, type Cell, type Inline } from '../files/docx-parts.js';
import { nameWithOrganisation, type MeetingRecord } from './load-meeting-record.js';
import { plain } from './plain-text.js';
import { documentTexts as T } from './texts.js';

/** What the draft minutes show, in the reader's language: the model the .docx is made from (and versioned by). */
export interface MinutesContent {
  locale: Locale;
  fileName: string;
  committeeKey: string;
  meeting: string;
  date: string;
  time: string;
  place: string;
  present: string[];
  absent: string[];
  others: string[];
  items: {
    caseNumber: string;
    title: string;
    type: string;
    notes: string | null;
    proposedDecision: string | null;
    decision: string | null;
    differs: boolean;
  }[];
  followUps: { caseNumber: string; description: string; owner: string; due: string }[];
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Who was there: the attendance the secretariat recorded; where none is recorded, the invitation answers
 * (attending, not attending, a deputy in someone's place).
 */
function attendance(record: MeetingRecord, locale: Locale) {
  const sortNames = (names: string[]) => names.sort((a, b) => a.localeCompare(b, 'nb'));
  if (record.attendances.length) {
    const of = (statuses: string[]) =>
      sortNames(record.attendances.filter((a) => statuses.includes(a.status)).map((a) => (a.person ? nameWithOrganisation(a.person) : (a.name ?? ''))).filter(Boolean));
    return { present: of(['present']), absent: of(['absent']), others: of(['other', 'observer']) };
  }
  const replies = record.attendanceReplies;
  return {
    present: sortNames(replies.filter((r) => r.answer === 'attending').map((r) => nameWithOrganisation(r.person))),
    absent: sortNames(replies.filter((r) => r.answer !== 'attending').map((r) => nameWithOrganisation(r.person))),
    others: sortNames(
      replies.filter((r) => r.answer === 'deputy' && r.deputyName).map((r) => plain(locale, T.deputyFor, { deputy: r.deputyName!, person: r.person.name })),
    ),
  };
}

/** The minutes' content for one language: attendance, per item what was noted and the decision, the follow-ups. */
export function minutesContent(record: MeetingRecord, locale: Locale): MinutesContent {
  const tz = record.committee.timeZone;
  const meeting = formatMeetingRef(record.committee.key, record);
  const items = record.agendaItems.map((item) => {
    const decision = item.decision?.text ?? null;
    return {
      caseNumber: formatCaseNumber(item),
      title: itemTitle(item, locale),
      type: item.kind === 'any_other_business' ? '' : plain(locale, itemTypeTexts[item.type]),
      notes: item.decision?.notes ?? null,
      proposedDecision: item.proposedDecision,
      decision,
      differs: Boolean(decision && item.proposedDecision && !sameText(decision, item.proposedDecision)),
    };
  });
  const followUps = record.agendaItems.flatMap((item) =>
    (item.decision?.followUps ?? []).map((f) => ({
      caseNumber: formatCaseNumber(item),
      description: f.description,
      owner: f.owner.name,
      due: formatDate(f.dueDate, locale, 'UTC'),
    })),
  );
  return {
    locale,
    fileName: plain(locale, T.minutesFileName, { meeting }),
    committeeKey: record.committee.key,
    meeting,
    date: formatDate(record.startsAt, locale, tz),
    time: plain(locale, T.timeSpan, { from: localTime(record.startsAt, locale, tz), to: localTime(record.endsAt, locale, tz) }),
    place: record.place.trim() || plain(locale, T.videoMeeting),
    ...attendance(record, locale),
    items,
    followUps,
  };
}

const lines = (values: string[]): Cell => (values.length ? values.map((v) => [v] as Inline[]) : '–');

/** The draft minutes as a Word document. */
export async function renderMinutesDocx(content: MinutesContent, version: number): Promise<Buffer> {
  const L = content.locale;
  const head = labelTable([
    { label: plain(L, T.labelMeeting), value: content.meeting },
    { label: plain(L, T.labelDate), value: content.date },
    { label: plain(L, T.labelTime), value: content.time },
    { label: plain(L, T.labelPlace), value: content.place },
    { label: plain(L, T.labelPresent), value: lines(content.present) },
    { label: plain(L, T.labelAbsent), value: lines(content.absent) },
    { label: plain(L, T.labelOthers), value: lines(content.others) },
  ]);
  const itemRows = content.items.flatMap((item) => {
    const body: Inline[][] = [];
    if (item.notes) body.push([{ bold: plain(L, T.noted) }], ...item.notes.split(/\n+/).map((line): Inline[] => [line]));
    body.push(item.decision ? [{ bold: plain(L, T.decision) }, ` ${item.decision}`] : [{ italic: plain(L, T.noDecision) }]);
    if (item.differs && item.proposedDecision) body.push([{ italic: plain(L, T.differsFromProposal, { proposal: item.proposedDecision }) }]);
    return [[{ bold: item.caseNumber }, { bold: item.title }, { bold: item.type }] as Cell[], [' ', body, ' '] as Cell[]];
  });
  const followUps = content.followUps.length
    ? gridTable(
        [plain(L, T.columnCase), plain(L, T.columnTask), plain(L, T.columnOwner), plain(L, T.columnDue)],
        content.followUps.map((f) => [f.caseNumber, f.description, f.owner, f.due]),
        [10, 44, 24, 22],
      )
    : paragraph(plain(L, T.noFollowUps));
  return packDocx({
    title: content.fileName,
    language: L === 'nb' ? 'nb-NO' : 'en-GB',
    children: [
      title(`${content.fileName} (${plain(L, T.minutesDraftMark)})`),
      head,
      heading(plain(L, T.itemsHeading), 2),
      gridTable([plain(L, T.columnCase), plain(L, T.columnTopic), plain(L, T.columnType)], itemRows, [10, 70, 20]),
      heading(plain(L, T.followUpsHeading), 2),
      followUps,
      paragraph(''),
      paragraph({ italic: `${content.fileName} · ${plain(L, T.versionLine, { version })}` }),
    ],
  });
}
