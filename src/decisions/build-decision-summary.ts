import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { itemTypeTexts } from '../meetings/item-type-texts.js';
import { decisionTexts } from './decision-texts.js';
import { formatCaseNumber, formatMeetingRef } from '../meetings/format-numbers.js';
import type { MeetingDecisions } from './load-meeting-decisions.js';

/**
 * The decision summary posted to the committee's channel: meeting number and date, then per item with a
 * decision its case number, title, type and decision. Corrected items are marked, and the summary says
 * when it was last corrected.
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
  let lastCorrection: Date | null = null;
  for (const item of meeting.agendaItems) {
    const decision = item.decision;
    if (!decision) continue;
    const caseNo = formatCaseNumber(item);
    const heading = t(locale, decisionTexts.summaryItem, { caseNo, title: item.title, type: t(locale, itemTypeTexts[item.type]) });
    const mark = decision.corrected ? ` ${t(locale, decisionTexts.correctedItem)}` : '';
    blocks.push({ type: 'divider' }, { type: 'text', text: `${heading}${mark}\n${decision.text}` });
    lines.push(`${caseNo} ${item.title}: ${decision.text}`);
    if (decision.corrected && (!lastCorrection || decision.recordedAt > lastCorrection)) lastCorrection = decision.recordedAt;
  }
  if (lastCorrection) {
    const note = t(locale, decisionTexts.corrected, { date: formatDate(lastCorrection, locale) });
    blocks.push({ type: 'context', text: note });
    lines.push(note);
  }
  return { text: lines.join('\n'), blocks };
}
