/** Stable ids of the portfolio capability's buttons and forms. Add, never rename: sent messages carry them. */
export const PortfolioActions = {
  openReport: 'saksgang.portfolio.report',
  remindOne: 'saksgang.portfolio.remind-one',
  remindAll: 'saksgang.portfolio.remind-all',
  closeRound: 'saksgang.portfolio.close-round',
  reopenRound: 'saksgang.portfolio.reopen-round',
} as const;

export const PortfolioForms = {
  report: 'saksgang.form.portfolio.report',
} as const;

/** Subject type of the round's scheduled jobs, so closing a round cancels them all. */
export const ROUND_SUBJECT = 'reporting_round';
