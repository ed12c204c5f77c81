import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { decisionTexts } from './decision-texts.js';

/** Refuses anyone but the committee's secretariat. */
export async function requireSecretariat(db: Db, personId: string | null, committeeId: string): Promise<void> {
  const seat = personId ? await db.membership.findFirst({ where: { personId, committeeId, role: 'secretariat' } }) : null;
  if (!seat) throw new AppError(ErrorCode.Forbidden, 'not secretariat of the committee', decisionTexts.onlySecretariat);
}
