import { formatDateTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import { describeMeetingTime } from './describe-meeting.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { MeetingActionIds } from './ids.js';
import { meetingTexts } from './texts.js';
import { link } from '../ui/markup.js';

interface MeetingRef {
  number: number;
  year: number;
  startsAt: Date;
  endsAt: Date;
  committee: { key: string; timeZone: string };
}
interface ItemRef {
  id: string;
  caseNumber: number;
  caseYear: number;
  title: string;
}

/** To a presenter when the agenda went out without their paper: each such item, marked "to follow", with its button. */
export function buildPaperToFollow(locale: Locale, meeting: MeetingRef, items: ItemRef[]): Message {
  const title = t(locale, meetingTexts.paperToFollowTitle);
  const lines = items.map((item) => t(locale, meetingTexts.paperToFollow, { meeting: meetingLabel(meeting), caseNumber: formatCaseNumber(item), title: item.title }));
  return {
    text: `${title}: ${lines.join(' ')}`,
    blocks: [
      { type: 'header', text: title },
      { type: 'text', text: lines.join('\n') },
      { type: 'actions', buttons: items.map((item) => ({ actionId: MeetingActionIds.submitPaper, label: `${t(locale, meetingTexts.submitPaper)} ${formatCaseNumber(item)}`, payload: { itemId: item.id }, style: 'primary' as const })) },
    ],
  };
}

/** To the members when a paper that was to follow has come, with its links. */
export function buildPaperArrived(locale: Locale, meeting: MeetingRef, item: ItemRef & { papers: { links: string[] }[] }): Message {
  const title = t(locale, meetingTexts.paperArrivedTitle);
  const body = t(locale, meetingTexts.paperArrived, { meeting: meetingLabel(meeting), caseNumber: formatCaseNumber(item), title: item.title });
  const links = item.papers.flatMap((p) => p.links).map((url, i) => link(`${t(locale, meetingTexts.paperLinkLabel)} ${i + 1}`, url));
  return { text: `${title}: ${body}`, blocks: [{ type: 'header', text: title }, { type: 'text', text: links.length ? `${body}\n${links.join(', ')}` : body }] };
}

type Kind = 'assigned' | 'reminder' | 'late';

/**
 * A direct message to a presenter about their item (assignment, reminder, late notice), with a "submit paper"
 * button. An assignment after the deadline (`now` past it) asks for the paper as soon as they can instead.
 */
export function buildPresenterMessage(kind: Kind, locale: Locale, meeting: MeetingRef, item: ItemRef, deadline: Date | null, now?: Date): Message {
  const zone = meeting.committee.timeZone;
  const params = {
    meeting: meetingLabel(meeting),
    when: kind === 'assigned' ? describeMeetingTime(meeting, locale, zone) : deadline ? formatDateTime(deadline, locale, zone) : '',
    caseNumber: formatCaseNumber(item),
    title: item.title,
  };
  const title = t(locale, kind === 'assigned' ? meetingTexts.assignedTitle : kind === 'reminder' ? meetingTexts.reminderTitle : meetingTexts.lateTitle);
  const body = t(locale, kind === 'assigned' ? meetingTexts.assigned : kind === 'reminder' ? meetingTexts.reminder : meetingTexts.late, params);
  const lines = [body];
  if (kind === 'assigned' && deadline) {
    const passed = now !== undefined && deadline.getTime() <= now.getTime();
    lines.push(t(locale, passed ? meetingTexts.paperDeadlinePassed : meetingTexts.paperDeadline, { when: formatDateTime(deadline, locale, zone) }));
  }
  return {
    text: `${title}: ${body}`,
    blocks: [
      { type: 'header', text: title },
      { type: 'text', text: lines.join('\n') },
      { type: 'actions', buttons: [{ actionId: MeetingActionIds.submitPaper, label: t(locale, meetingTexts.submitPaper), payload: { itemId: item.id }, style: 'primary' }] },
    ],
  };
}

/** To a presenter whose item was taken off the agenda before they sent its paper. */
export function buildItemRemovedForPresenter(locale: Locale, meeting: MeetingRef, item: ItemRef): Message {
  const title = t(locale, meetingTexts.removedForPresenterTitle);
  const body = t(locale, meetingTexts.removedForPresenter, { meeting: meetingLabel(meeting), caseNumber: formatCaseNumber(item), title: item.title });
  return { text: `${title}: ${body}`, blocks: [{ type: 'header', text: title }, { type: 'text', text: body }] };
}
