import type { AttendanceReply } from '../generated/prisma/client.js';
import { formatDateTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { describeMeetingPlace, describeMeetingTime } from './describe-meeting.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { itemTitle } from './item-title.js';
import { isStandingItem, needsPaper, previousMeetingLabel, type LoadedItem, type LoadedMeeting } from './load-meeting.js';
import { distributeQuestion } from './distribute-question.js';
import { MeetingActionIds } from './ids.js';
import { meetingStateTexts, meetingTexts } from './texts.js';
import { escapeMarkup } from '../ui/markup.js';

export type PaperState = 'missing' | 'submitted' | 'late' | 'not_required';

/** missing / submitted / late (submitted after the deadline, or still missing once it has passed). */
export function paperStateOf(item: LoadedItem, paperDeadline: Date | null, now: Date): PaperState {
  if (!needsPaper(item)) return 'not_required';
  if (item.papers.length > 0) return item.papers.some((p) => !p.late) ? 'submitted' : 'late';
  return paperDeadline && now.getTime() > paperDeadline.getTime() ? 'late' : 'missing';
}

const PAPER_TEXT = {
  missing: meetingTexts.paperMissing,
  submitted: meetingTexts.paperSubmittedState,
  late: meetingTexts.paperLate,
  not_required: meetingTexts.paperNotNeeded,
} as const;

export interface StatusInput {
  meeting: LoadedMeeting;
  paperDeadline: Date | null;
  /** Labels of the milestones by name, in `locale`. */
  milestoneLabels: Record<string, string>;
  replies: AttendanceReply[];
  attendeeCount: number;
  now: Date;
}

/** The secretariat's overview: every item with presenter and paper state, the next deadline, attendance, and the buttons to change it. */
export function buildMeetingStatus(input: StatusInput, locale: Locale): Message {
  const { meeting, now } = input;
  const zone = meeting.committee.timeZone;
  const label = meetingLabel(meeting);
  const title = t(locale, meetingTexts.statusTitle, { meeting: label });
  const next = meeting.deadlines.find((d) => d.state === 'pending' && d.dueAt.getTime() > now.getTime());
  const count = (answer: string) => input.replies.filter((r) => r.answer === answer).length;
  const blocks: Block[] = [
    { type: 'header', text: title },
    {
      type: 'fields',
      fields: [
        { label: t(locale, meetingTexts.fieldWhen), value: describeMeetingTime(meeting, locale, zone) },
        { label: t(locale, meetingTexts.fieldWhere), value: describeMeetingPlace(meeting, locale) },
        { label: t(locale, meetingTexts.stateLabel), value: t(locale, meetingStateTexts[meeting.state]) },
        {
          label: t(locale, meetingTexts.nextDeadline),
          value: next ? `${input.milestoneLabels[next.milestone] ?? next.milestone}: ${formatDateTime(next.dueAt, locale, zone)}` : t(locale, meetingTexts.noNextDeadline),
        },
        {
          label: t(locale, meetingTexts.attendance),
          value: t(locale, meetingTexts.attendanceCounts, {
            yes: count('attending'),
            no: count('not_attending'),
            deputy: count('deputy'),
            none: Math.max(0, input.attendeeCount - input.replies.length),
          }),
        },
      ],
    },
    { type: 'divider' },
  ];
  const open = meeting.state !== 'cancelled';
  for (const item of meeting.agendaItems) {
    const state = paperStateOf(item, input.paperDeadline, now);
    const presenter = item.presenter ? escapeMarkup(item.presenter.name) : t(locale, meetingTexts.noPresenter);
    const paper = state === 'not_required' ? '' : ` · ${t(locale, meetingTexts.paperLabel)}: **${t(locale, PAPER_TEXT[state])}**`;
    blocks.push({ type: 'text', text: `**${formatCaseNumber(item)} ${escapeMarkup(itemTitle(item, locale, previousMeetingLabel(meeting)))}**\n${presenter}${paper}` });
    if (open && !isStandingItem(item)) {
      const payload = { itemId: item.id };
      blocks.push({
        type: 'actions',
        buttons: [
          { actionId: MeetingActionIds.editItem, label: t(locale, meetingTexts.edit), payload },
          { actionId: MeetingActionIds.moveItemUp, label: t(locale, meetingTexts.up), payload },
          { actionId: MeetingActionIds.moveItemDown, label: t(locale, meetingTexts.down), payload },
          { actionId: MeetingActionIds.removeItem, label: t(locale, meetingTexts.remove), payload, style: 'danger' },
          // The secretariat hands in (or adds to) a paper on the presenter's behalf.
          ...(needsPaper(item) ? [{ actionId: MeetingActionIds.submitPaper, label: t(locale, item.papers.length > 0 ? meetingTexts.addPaperForPresenter : meetingTexts.submitPaperForPresenter), payload }] : []),
        ],
      });
    }
  }
  if (open) {
    const payload = { meetingId: meeting.id };
    blocks.push({
      type: 'actions',
      buttons: [
        { actionId: MeetingActionIds.addItem, label: t(locale, meetingTexts.addItem), payload, style: 'primary' },
        { actionId: MeetingActionIds.distributeNow, label: t(locale, meetingTexts.distributeNow), payload: { ...payload, confirmed: true }, confirm: distributeQuestion(locale, label) },
        { actionId: MeetingActionIds.moveMeeting, label: t(locale, meetingTexts.moveMeeting), payload },
        { actionId: MeetingActionIds.cancelMeeting, label: t(locale, meetingTexts.cancelMeeting), payload, style: 'danger' },
      ],
    });
  }
  return { text: title, blocks };
}
