/**
 * Stable ids of the home (`saksgang.home.<verb>`, forms `saksgang.form.home.<name>`). They travel in homes and
 * answers already sent: add, never rename. The home's other buttons are the capabilities' own ids.
 */
export const HomeActionIds = {
  /** Shows the home again, in place (Slack: the App Home tab is published again; Teams: the card is replaced). */
  refresh: 'saksgang.home.refresh',
  /** Opens the home as a new message (from `help` and the answer to a sentence the bot did not know). */
  show: 'saksgang.home.show',
  /** Opens the meeting form for the committee in the payload (`committeeId`). */
  planMeeting: 'saksgang.home.plan-meeting',
  /** Opens the small form that picks a meeting for the step in the payload (`step`). */
  pickMeeting: 'saksgang.home.pick-meeting',
  /** Opens the form that opens a reporting round. */
  openRound: 'saksgang.home.open-round',
  /** The progress card of the open round (`roundId`). */
  roundProgress: 'saksgang.home.round-progress',
  /** Closes the open round (`roundId`), asking first when reports are missing. */
  closeRound: 'saksgang.home.close-round',
  /** Opens the roster import form. */
  importRoster: 'saksgang.home.import-roster',
  /** Sends the message about one red dependency (`d`), with its answer buttons. */
  showDependency: 'saksgang.home.show-dependency',
  /** Marks one of the person's follow-ups done (`followUpId`, as the follow-ups' own button) and shows the home again. */
  followUpDone: 'saksgang.home.follow-up-done',
} as const;

export const HomeFormIds = {
  /** Which meeting a step is for (context `step`). */
  pickMeeting: 'saksgang.form.home.pick-meeting',
  /** Label, cut-off day, due day and whether planned initiatives are asked. */
  openRound: 'saksgang.form.home.open-round',
} as const;

/** The steps on a meeting that the secretariat starts from the home; the picker's context names one. */
export const MEETING_STEPS = ['agenda', 'distribute', 'decisions', 'publish'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

/** Field ids of the home's forms. */
export const HomeFields = {
  meeting: 'meeting',
  label: 'label',
  cutoff: 'cutoff',
  due: 'due',
  planned: 'planned',
} as const;

/** How many rows each part of the home shows at most (the rest is counted). */
export const HOME_ROWS = 5;
