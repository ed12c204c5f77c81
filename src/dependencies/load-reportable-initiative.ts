import { assertAccess } from '../access/decide-access.js';
import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';

/** The initiative whose dependencies are entered, once the person may report for it (owner, contact, secretariat). */
export async function loadReportableInitiative(db: Db, personId: string | null, initiativeId: unknown) {
  const initiative = typeof initiativeId === 'string' ? await db.initiative.findUnique({ where: { id: initiativeId } }) : null;
  if (!initiative) throw new AppError(ErrorCode.NotFound, 'portfolio: initiative not found');
  await assertAccess(db, personId, { action: 'report', initiative });
  return initiative;
}
