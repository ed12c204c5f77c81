import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { agendaInputOf } from './agenda-input.js';
import { buildAgendaMessage } from './build-agenda-message.js';
import { describeMeetingPlace, describeMeetingTime } from './describe-meeting.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { formatDateTime } from '../i18n/format-date.js';
import type { LoadedMeeting } from './load-meeting.js';
import { MeetingActionIds } from './ids.js';
import { meetingTexts } from './texts.js';

function attendanceButtons(locale: Locale, meetingId: string): Block {
  return {
    type: 'actions',
    buttons: [
      { actionId: MeetingActionIds.attending, label: t(locale, meetingTexts.attendingButton), payload: { meetingId }, style: 'primary' },
      { actionId: MeetingActionIds.notAttending, label: t(locale, meetingTexts.notAttendingButton), payload: { meetingId } },
      { actionId: MeetingActionIds.deputy, label: t(locale, meetingTexts.deputyButton), payload: { meetingId } },
    ],
  };
}

/** The invitation (kind "invite") or the reminder before the meeting (kind "reminder", with the agenda), with attendance buttons. */
export function buildMemberMessage(kind: 'invite' | 'reminder', locale: Locale, meeting: LoadedMeeting): Message {
  const label = meetingLabel(meeting);
  const title = t(locale, kind === 'invite' ? meetingTexts.inviteTitle : meetingTexts.memberReminderTitle, { meeting: label });
  const body = t(locale, meetingTexts.invite, {
    committee: meeting.committee.name,
    when: describeMeetingTime(meeting, locale, meeting.committee.timeZone),
    place: describeMeetingPlace(meeting, locale),
  });
  const agenda = kind === 'reminder' ? buildAgendaMessage(agendaInputOf(meeting, locale), locale).blocks.slice(1) : [];
  return {
    text: `${title}: ${body}`,
    blocks: [{ type: 'header', text: title }, { type: 'text', text: body }, ...agenda, attendanceButtons(locale, meeting.id)],
  };
}

/**
 * Tells a participant that the meeting is cancelled or moved. A presenter of a moved meeting also gets the
 * new paper deadline of each of their items still without a paper, in the same message.
 */
export function buildChangeNotice(
  kind: 'cancelled' | 'moved',
  locale: Locale,
  meeting: LoadedMeeting,
  reason?: string | null,
  deadlines?: { items: { caseNumber: number; caseYear: number; title: string }[]; dueAt: Date; passed?: boolean },
): Message {
  const zone = meeting.committee.timeZone;
  const params = { meeting: meetingLabel(meeting), when: describeMeetingTime(meeting, locale, zone) };
  const text = t(locale, kind === 'cancelled' ? meetingTexts.cancelNotice : meetingTexts.moveNotice, params);
  const blocks: Block[] = [{ type: 'text', text }];
  if (reason) blocks.push({ type: 'text', text: reason });
  const lines = (deadlines?.items ?? []).map((item) =>
    t(locale, deadlines!.passed ? meetingTexts.movedPaperDeadlinePassed : meetingTexts.movedPaperDeadline, { caseNumber: formatCaseNumber(item), title: item.title, when: formatDateTime(deadlines!.dueAt, locale, zone) }),
  );
  if (lines.length > 0) blocks.push({ type: 'text', text: lines.join('\n') });
  return { text: [text, ...lines].join(' ').replace(/\*\*/g, ''), blocks };
}
