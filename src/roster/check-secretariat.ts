import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { rosterTexts } from './texts.js';

/** Only secretariat members (of any committee) may import the roster from chat. */
export async function assertRosterSecretariat(db: Db, personId: string | null): Promise<void> {
  const allowed = personId ? (await db.membership.count({ where: { personId, role: 'secretariat' } })) > 0 : false;
  if (!allowed) throw new AppError(ErrorCode.Forbidden, 'roster: import from chat by a non-secretariat person', rosterTexts.onlySecretariat);
}
