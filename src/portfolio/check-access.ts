import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { portfolioTexts } from './texts.js';

/** Is the person secretariat in any committee? */
export async function isSecretariat(db: Db, personId: string | null): Promise<boolean> {
  if (!personId) return false;
  return (await db.membership.count({ where: { personId, role: 'secretariat' } })) > 0;
}

export async function assertSecretariat(db: Db, personId: string | null): Promise<void> {
  if (!(await isSecretariat(db, personId))) throw new AppError(ErrorCode.Forbidden, 'portfolio: not secretariat', portfolioTexts.onlySecretariat);
}

/** May report for the initiative: its owner, a portfolio contact of its organisation, or the secretariat. */
export async function assertCanReport(db: Db, personId: string | null, initiative: { id: string; name: string; ownerId: string; organisationId: string }): Promise<void> {
  if (personId && initiative.ownerId === personId) return;
  if (personId && (await db.portfolioContact.count({ where: { personId, organisationId: initiative.organisationId } })) > 0) return;
  if (await isSecretariat(db, personId)) return;
  throw new AppError(ErrorCode.Forbidden, `portfolio: may not report for ${initiative.id}`, portfolioTexts.notAllowedToReport, { initiative: initiative.name });
}
