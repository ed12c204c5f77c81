import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import { DecisionActionIds } from './ids.js';
import { decisionTexts } from './texts.js';
import type { LoadedFollowUp } from './load-follow-up.js';

/** The reminder to a follow-up's owner, with a "Done" button. */
export function buildFollowUpReminder(followUp: LoadedFollowUp, locale: Locale): Message {
  const { item } = followUp.decision;
  const text = t(locale, decisionTexts.reminderText, {
    what: followUp.description,
    due: formatDate(followUp.dueDate, locale, 'UTC'),
    caseNo: formatCaseNumber(item),
    meeting: formatMeetingRef(item.meeting.committee.key, item.meeting),
  });
  return {
    text,
    blocks: [
      { type: 'text', text },
      { type: 'actions', buttons: [{ actionId: DecisionActionIds.followUpDone, label: t(locale, decisionTexts.doneButton), payload: { followUpId: followUp.id, via: 'reminder' }, style: 'primary' }] },
    ],
  };
}

/** What the reminder becomes once the follow-up is done: who marked it done and when; no button. */
export function buildFollowUpDoneMessage(followUp: LoadedFollowUp, doneBy: string, locale: Locale): Message {
  const { item } = followUp.decision;
  const text = t(locale, decisionTexts.followUpDoneText, {
    what: followUp.description,
    caseNo: formatCaseNumber(item),
    meeting: formatMeetingRef(item.meeting.committee.key, item.meeting),
    date: formatDate(followUp.doneAt ?? new Date(), locale, item.meeting.committee.timeZone),
    by: doneBy,
  });
  return { text, blocks: [{ type: 'text', text }] };
}
