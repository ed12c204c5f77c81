/** Stable ids of the decisions capability's buttons and forms. Add, never rename: sent messages carry them. */
export const DecisionActionIds = {
  record: 'saksgang.decisions.record',
  attendance: 'saksgang.decisions.attendance',
  publish: 'saksgang.decisions.publish',
  /** "Done" on a follow-up: in the owner's reminder and in the `follow-ups` list. */
  followUpDone: 'saksgang.decisions.followup-done',
} as const;

export const DecisionFormIds = {
  decision: 'saksgang.form.decisions.decision',
  attendance: 'saksgang.form.decisions.attendance',
} as const;

/** The number of follow-up rows the decision form offers. */
export const FOLLOW_UP_SLOTS = 3;

/** Field ids of the decision form. */
export const DecisionFields = {
  decision: 'decision',
  notes: 'notes',
  owner: (slot: number) => `followup${slot}_owner`,
  what: (slot: number) => `followup${slot}_what`,
  due: (slot: number) => `followup${slot}_due`,
} as const;

/** Field ids of the attendance form. */
export const AttendanceFields = {
  member: (personId: string) => `member_${personId}`,
  observers: 'observers',
  others: 'others',
  /** Who did not take part in an item (conflict of interest). */
  notParticipating: (itemId: string) => `absent_from_${itemId}`,
} as const;

/** Outbox keys and job ids: deterministic, so nothing is posted or queued twice. */
export const decisionKeys = {
  summary: (meetingId: string) => `decisions.summary.${meetingId}`,
  /** The n-th copy of a meeting's decision overview that a person asked for. */
  overview: (meetingId: string, personId: string, n: number) => `decisions.overview.${meetingId}.${personId}.${n}`,
  /** Every copy of a meeting's overview (or one person's copies) starts with this. */
  overviewPrefix: (meetingId: string, personId?: string) => `decisions.overview.${meetingId}.${personId ? `${personId}.` : ''}`,
  presenter: (itemId: string) => `decisions.presenter.${itemId}`,
  /** Per owner and due date: a corrected follow-up (new owner or date) is reminded again, an unchanged one never twice. */
  followUpReminder: (followUpId: string, ownerId: string, dueDay: string) => `decisions.followup-reminder.${followUpId}.${ownerId}.${dueDay}`,
  /** Every reminder ever sent for a follow-up starts with this. */
  followUpReminderPrefix: (followUpId: string) => `decisions.followup-reminder.${followUpId}.`,
  draftMinutes: (meetingId: string, personId: string) => `decisions.draft-minutes.${meetingId}.${personId}`,
  nothingToPublish: (meetingId: string, personId: string) => `decisions.nothing-to-publish.${meetingId}.${personId}`,
};
