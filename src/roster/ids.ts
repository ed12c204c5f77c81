/** Stable ids of the roster capability's forms. Add, never rename. */
export const RosterForms = {
  import: 'saksgang.form.roster.import',
} as const;

/** The one field of the import form. */
export const ROSTER_FIELD = 'roster';

/** Slack's limit for a plain_text_input; larger rosters go through `npm run import`. */
export const ROSTER_PASTE_MAX = 3000;
