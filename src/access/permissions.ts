/**
 * Everything a person may ask to do, with what it is done to. Every capability asks the access module
 * (`decideAccess` / `assertAccess`) with one of these; nothing else decides who may act.
 */
export type Permission =
  /** Plan, move, cancel or distribute a meeting, edit its agenda: the committee's secretariat. */
  | { action: 'manage_meeting'; committeeId: string }
  /** See a meeting's status (papers, answers): the committee's secretariat or chair. */
  | { action: 'view_meeting_status'; committeeId: string }
  /** Answer a meeting's notice (attending, not attending, deputy): the committee's chair, members and observers. */
  | { action: 'answer_invitation'; committeeId: string }
  /** Submit the paper of an agenda item: its presenter or the committee's secretariat. */
  | { action: 'submit_paper'; item: { presenterId: string | null; committeeId: string } }
  /** Record, correct and publish decisions and attendance: the committee's secretariat. */
  | { action: 'record_decisions'; committeeId: string }
  /** Mark a follow-up done: its owner or the secretariat of the committee that decided it. */
  | { action: 'complete_follow_up'; followUp: { ownerId: string | null; committeeId: string } }
  /** Open, close and follow a reporting round of the national portfolio: the portfolio's secretariat. */
  | { action: 'manage_round' }
  /** Report for an initiative: its owner, a portfolio contact of its organisation, or the portfolio's secretariat. */
  | { action: 'report'; initiative: { id: string; name: string; ownerId: string; organisationId: string } }
  /** Answer for a red dependency: its initiative's owner, the provider's people, the initiative's portfolio contacts, the secretariat. */
  | { action: 'answer_dependency'; dependency: DependencyParties }
  /** List every red dependency: the portfolio's secretariat. */
  | { action: 'list_red_dependencies' }
  /** Import the roster from chat: a secretariat member. */
  | { action: 'import_roster' }
  /**
   * Search the roster from a picker (people, initiatives, organisations): whoever fills in a form with one, so a
   * secretariat member, an initiative owner or a portfolio contact. Members and observers have no such form.
   */
  | { action: 'search_roster' };

/** The people who stand on either side of a dependency. */
export interface DependencyParties {
  initiativeOwnerId: string;
  providerPersonIds: string[];
  initiativePortfolioContactIds: string[];
}

export type RefusalCode =
  | 'not_in_roster'
  | 'not_committee_secretariat'
  | 'not_committee_attendee'
  | 'not_presenter'
  | 'not_decision_secretariat'
  | 'not_follow_up_owner'
  | 'not_portfolio_secretariat'
  | 'not_reporter'
  | 'not_dependency_party'
  | 'not_dependency_secretariat'
  | 'not_roster_secretariat'
  | 'not_roster_searcher';

export type AccessDecision = { allowed: true } | { allowed: false; refusal: RefusalCode };
