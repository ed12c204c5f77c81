import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { decisionTexts } from './texts.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { ItemWithDecision, MeetingDecisions } from './load-meeting-decisions.js';
import { escapeMarkup } from '../ui/markup.js';

/** The direct message to an item's presenter: the decision on their item and its follow-ups. */
export function buildPresenterMessage(meeting: MeetingDecisions, item: ItemWithDecision, locale: Locale): Message {
  const caseNo = formatCaseNumber(item);
  const ref = formatMeetingRef(meeting.committee.key, meeting);
  const title = t(locale, decisionTexts.presenterTitle, { caseNo });
  const decision = item.decision!;
  const blocks: Block[] = [
    { type: 'header', text: title },
    { type: 'text', text: t(locale, decisionTexts.presenterIntro, { title: item.title, meeting: ref }) },
    { type: 'text', text: `**${t(locale, decisionTexts.recorded)}:** ${escapeMarkup(decision.text)}${decision.corrected ? ` ${t(locale, decisionTexts.correctedItem)}` : ''}` },
  ];
  if (decision.followUps.length > 0) {
    const lines = decision.followUps.map((f) => t(locale, decisionTexts.followUpLine, { owner: f.owner.name, what: f.description, due: formatDate(f.dueDate, locale, 'UTC') }));
    blocks.push({ type: 'text', text: `**${t(locale, decisionTexts.followUps)}:**\n${lines.join('\n')}` });
  }
  return { text: `${title}: ${escapeMarkup(decision.text)}`, blocks };
}
