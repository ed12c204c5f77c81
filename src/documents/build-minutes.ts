import { formatDate } from '../i18n/format-date.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { itemTitle } from '../meetings/item-title.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { localTime } from './build-notice.js';
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
