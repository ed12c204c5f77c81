import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { decisionTexts } from './texts.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import { fitBlocks } from '../ui/fit-message-blocks.js';
import type { MeetingDecisions } from './load-meeting-decisions.js';
import { escapeMarkup } from '../ui/markup.js';

type Attendance = MeetingDecisions['attendances'][number];

const byName = (a: string, b: string) => a.localeCompare(b, 'nb');

/** "A", "A og B", "A, B og C". */
function joinNames(names: string[], locale: Locale): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${t(locale, decisionTexts.and)} ${names.at(-1)}`;
}

function nameOf(row: Attendance): string {
  return row.person?.name ?? row.name ?? '';
}

/** The recorded attendance as lines (present, absent, other attendees, observers); none when nothing is recorded. */
function attendanceLines(attendances: Attendance[], locale: Locale): string[] {
  const groups = [
    { status: 'present', label: decisionTexts.summaryPresent },
    { status: 'absent', label: decisionTexts.summaryAbsent },
    { status: 'other', label: decisionTexts.summaryOthers },
    { status: 'observer', label: decisionTexts.summaryObservers },
  ] as const;
  return groups.flatMap(({ status, label }) => {
    const names = attendances.filter((a) => a.status === status).map(nameOf).filter(Boolean).sort(byName);
    return names.length === 0 ? [] : [t(locale, decisionTexts.summaryAttendanceLine, { label: t(locale, label), names: names.join(', ') })];
  });
}

/**
 * The decision summary posted to the committee's channel: meeting number and date, the recorded attendance
 * (present, absent, other attendees, observers), then per item with a decision its case number, title, type
 * and decision, and who did not take part in it. Corrected items are marked, and the summary says when it was
 * last corrected. Long lists are split so the message stays within Slack's block and text limits.
 */
export function buildDecisionSummary(meeting: MeetingDecisions, locale: Locale): Message {
  const ref = formatMeetingRef(meeting.committee.key, meeting);
  const title = t(locale, decisionTexts.summaryTitle, { meeting: ref });
  const date = formatDate(meeting.startsAt, locale, meeting.committee.timeZone);
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'context', text: t(locale, decisionTexts.summaryMeeting, { number: `${meeting.number}/${meeting.year}`, date }) },
  ];
  const lines: string[] = [`${title} (${date})`];
  const attendances = meeting.attendances ?? [];
  const attendance = attendanceLines(attendances, locale);
  if (attendance.length > 0) {
    blocks.push({ type: 'text', text: attendance.join('\n') });
    lines.push(...attendance.map((line) => line.replace(/\*\*/g, '')));
  }
  let lastCorrection: Date | null = null;
  for (const item of meeting.agendaItems) {
    const decision = item.decision;
    if (!decision) continue;
    const caseNo = formatCaseNumber(item);
    const heading = t(locale, decisionTexts.summaryItem, { caseNo, title: item.title, type: t(locale, itemTypeTexts[item.type]) });
    const mark = decision.corrected ? ` ${t(locale, decisionTexts.correctedItem)}` : '';
    const sittingOut = attendances.filter((a) => a.notParticipatingItemIds.includes(item.id)).map(nameOf).filter(Boolean).sort(byName);
    const note = sittingOut.length > 0 ? t(locale, decisionTexts.notTakingPart, { names: joinNames(sittingOut, locale), caseNo }) : null;
    blocks.push({ type: 'divider' }, { type: 'text', text: `${heading}${mark}\n${escapeMarkup(decision.text)}${note ? `\n${note}` : ''}` });
    lines.push(`${caseNo} ${escapeMarkup(item.title)}: ${escapeMarkup(decision.text)}${note ? ` (${note})` : ''}`);
    if (decision.corrected && (!lastCorrection || decision.recordedAt > lastCorrection)) lastCorrection = decision.recordedAt;
  }
  if (lastCorrection) {
    const note = t(locale, decisionTexts.corrected, { date: formatDate(lastCorrection, locale) });
    blocks.push({ type: 'context', text: note });
    lines.push(note);
  }
  return { text: lines.join('\n'), blocks: fitBlocks(blocks) };
}
