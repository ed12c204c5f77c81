/**
 * Stable ids of the meetings capability: buttons (`saksgang.meetings.<verb>`) and forms
 * (`saksgang.form.meetings.<name>`). They travel in messages already sent: add, never rename.
 */
export const MeetingActionIds = {
  addItem: 'saksgang.meetings.add-item',
  editItem: 'saksgang.meetings.edit-item',
  moveItemUp: 'saksgang.meetings.move-item-up',
  moveItemDown: 'saksgang.meetings.move-item-down',
  removeItem: 'saksgang.meetings.remove-item',
  showStatus: 'saksgang.meetings.show-status',
  distributeNow: 'saksgang.meetings.distribute-now',
  moveMeeting: 'saksgang.meetings.move-meeting',
  cancelMeeting: 'saksgang.meetings.cancel-meeting',
  submitPaper: 'saksgang.meetings.submit-paper',
  attending: 'saksgang.meetings.attending',
  notAttending: 'saksgang.meetings.not-attending',
  deputy: 'saksgang.meetings.deputy',
} as const;

export const MeetingFormIds = {
  meeting: 'saksgang.form.meetings.meeting',
  item: 'saksgang.form.meetings.item',
  paper: 'saksgang.form.meetings.paper',
  move: 'saksgang.form.meetings.move',
  cancel: 'saksgang.form.meetings.cancel',
  deputy: 'saksgang.form.meetings.deputy',
} as const;

/** Job ids (BullMQ: no ':'), one per meeting and milestone, so the same work is never queued twice. */
export const meetingJobIds = {
  milestone: (meetingId: string, milestone: string) => `milestone.${meetingId}.${milestone}`,
  reminder: (meetingId: string, milestone: string, index: number) => `reminder.${meetingId}.${milestone}.${index}`,
  escalation: (meetingId: string, milestone: string) => `escalation.${meetingId}.${milestone}`,
  /** The edit in place of a meeting's posted agenda after a change; one per meeting, run again on each change. */
  agendaRefresh: (meetingId: string) => `agenda-refresh.${meetingId}`,
};

/** What the mirror rows of a meeting's jobs are about (for cancelling all of them). */
export const MEETING_SUBJECT = 'meeting';
