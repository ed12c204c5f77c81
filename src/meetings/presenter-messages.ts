import { formatDateTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import { describeMeetingTime } from './describe-meeting.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { MeetingActionIds } from './ids.js';
import { meetingTexts } from './texts.js';

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

type Kind = 'assigned' | 'reminder' | 'late';

/** A direct message to a presenter about their item (assignment, reminder, late notice), with a "submit paper" button. */
export function buildPresenterMessage(kind: Kind, locale: Locale, meeting: MeetingRef, item: ItemRef, deadline: Date | null): Message {
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
  if (kind === 'assigned' && deadline) lines.push(t(locale, meetingTexts.paperDeadline, { when: formatDateTime(deadline, locale, zone) }));
  return {
    text: `${title}: ${body}`,
    blocks: [
      { type: 'header', text: title },
      { type: 'text', text: lines.join('\n') },
      { type: 'actions', buttons: [{ actionId: MeetingActionIds.submitPaper, label: t(locale, meetingTexts.submitPaper), payload: { itemId: item.id }, style: 'primary' }] },
    ],
  };
}
