import { recordAudit } from '../audit/record-audit.js';
import type { Db, DbTx } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import type { CommitteeRole } from '../generated/prisma/enums.js';
import type { AccessDecision, Permission, RefusalCode } from './permissions.js';
import { portfolioCommitteeId } from './portfolio-committee.js';
import { accessTexts } from './texts.js';

/** Chair, members and observers: the people a meeting's notice goes to. */
export const ATTENDEE_ROLES: CommitteeRole[] = ['chair', 'member', 'observer'];

const allowed: AccessDecision = { allowed: true };
const refuse = (refusal: RefusalCode): AccessDecision => ({ allowed: false, refusal });

/** May this person do this? The one place that decides; the answer carries a refusal code, never a throw. */
export async function decideAccess(db: Db | DbTx, personId: string | null, permission: Permission): Promise<AccessDecision> {
  if (!personId) return refuse('not_in_roster');
  const inCommittee = async (committeeId: string, roles: CommitteeRole[]) =>
    (await db.membership.count({ where: { personId, committeeId, role: { in: roles } } })) > 0;
  switch (permission.action) {
    case 'manage_meeting':
      return (await inCommittee(permission.committeeId, ['secretariat'])) ? allowed : refuse('not_committee_secretariat');
    case 'view_meeting_status':
      return (await inCommittee(permission.committeeId, ['secretariat', 'chair'])) ? allowed : refuse('not_committee_secretariat');
    case 'answer_invitation':
      return (await inCommittee(permission.committeeId, ATTENDEE_ROLES)) ? allowed : refuse('not_committee_attendee');
    case 'submit_paper':
      if (permission.item.presenterId === personId) return allowed;
      return (await inCommittee(permission.item.committeeId, ['secretariat'])) ? allowed : refuse('not_presenter');
    case 'record_decisions':
      return (await inCommittee(permission.committeeId, ['secretariat'])) ? allowed : refuse('not_decision_secretariat');
    case 'complete_follow_up':
      if (permission.followUp.ownerId === personId) return allowed;
      return (await inCommittee(permission.followUp.committeeId, ['secretariat'])) ? allowed : refuse('not_follow_up_owner');
    case 'manage_round':
      return (await isPortfolioSecretariat(db, personId)) ? allowed : refuse('not_portfolio_secretariat');
    case 'report': {
      const { initiative } = permission;
      if (initiative.ownerId === personId) return allowed;
      if ((await db.portfolioContact.count({ where: { personId, organisationId: initiative.organisationId } })) > 0) return allowed;
      return (await isPortfolioSecretariat(db, personId)) ? allowed : refuse('not_reporter');
    }
    case 'answer_dependency': {
      const { dependency } = permission;
      if (dependency.initiativeOwnerId === personId) return allowed;
      if (dependency.providerPersonIds.includes(personId)) return allowed;
      if (dependency.initiativePortfolioContactIds.includes(personId)) return allowed;
      return (await isPortfolioSecretariat(db, personId)) ? allowed : refuse('not_dependency_party');
    }
    case 'list_red_dependencies':
      return (await isPortfolioSecretariat(db, personId)) ? allowed : refuse('not_dependency_secretariat');
    case 'import_roster':
      return (await db.membership.count({ where: { personId, role: 'secretariat' } })) > 0 ? allowed : refuse('not_roster_secretariat');
    case 'search_roster': {
      if ((await db.membership.count({ where: { personId, role: 'secretariat' } })) > 0) return allowed;
      if ((await db.initiative.count({ where: { ownerId: personId } })) > 0) return allowed;
      return (await db.portfolioContact.count({ where: { personId } })) > 0 ? allowed : refuse('not_roster_searcher');
    }
  }
}

/** The audit log's action for a refusal; details hold the permission asked for and the refusal code. */
export const ACCESS_REFUSED_AUDIT_ACTION = 'access.refused';

/**
 * Refuses with an AppError (Forbidden) whose text, in the person's language, says who may. Every refusal is
 * written to the audit log first, on the root client (`Db`, never a transaction that the refusal rolls back).
 */
export async function assertAccess(db: Db, personId: string | null, permission: Permission): Promise<void> {
  const decision = await decideAccess(db, personId, permission);
  if (decision.allowed) return;
  await recordAudit(db, {
    actorId: personId,
    action: ACCESS_REFUSED_AUDIT_ACTION,
    subjectType: 'permission',
    subjectId: subjectOf(permission),
    details: { permission: permission.action, refusal: decision.refusal },
  });
  const params = permission.action === 'report' ? { initiative: permission.initiative.name } : undefined;
  const text = decision.refusal === 'not_in_roster' ? undefined : accessTexts[decision.refusal];
  throw new AppError(ErrorCode.Forbidden, `access: ${personId ?? '(unknown)'} refused ${permission.action} (${decision.refusal})`, text, params);
}

/** What the refused permission was about, for the audit row (a committee or initiative id), when it names one. */
function subjectOf(permission: Permission): string | null {
  if ('committeeId' in permission) return permission.committeeId;
  if (permission.action === 'submit_paper') return permission.item.committeeId;
  if (permission.action === 'complete_follow_up') return permission.followUp.committeeId;
  if (permission.action === 'report') return permission.initiative.id;
  return null;
}

/** Is the person a secretariat member of the committee that owns the national portfolio (`portfolio-committee.ts`)? */
export async function isPortfolioSecretariat(db: Db | DbTx, personId: string): Promise<boolean> {
  const committeeId = await portfolioCommitteeId(db);
  if (!committeeId) return false;
  return (await db.membership.count({ where: { personId, committeeId, role: 'secretariat' } })) > 0;
}
