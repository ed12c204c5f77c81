/** Stable ids of the roster capability's forms. Add, never rename. */
export const RosterForms = {
  import: 'saksgang.form.roster.import',
} as const;

/** The one field of the import form. */
export const ROSTER_FIELD = 'roster';

/** Slack's limit for a plain_text_input; larger rosters go through `npm run import`. */
export const ROSTER_PASTE_MAX = 3000;

/** The search pickers' data sets (the Slack action id, the Teams `Data.Query` dataset). Add, never rename. */
export const RosterSearches = {
  /** Every person of the roster (presenter, follow-up owner). */
  people: 'saksgang.search.people',
  /** Initiatives, organisations and people: a dependency's provider. */
  providers: 'saksgang.search.providers',
} as const;
