import type { CommitteeRole } from '../generated/prisma/enums.js';
import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import type { AnyText } from '../i18n/text.js';
import { meetingTexts } from './texts.js';

/** Refuses (Forbidden, with a text for the person) unless the person holds one of `roles` in the committee. */
export async function requireCommitteeRole(
  db: Db,
  personId: string | null,
  committeeId: string,
  roles: CommitteeRole[] = ['secretariat'],
  refusal: AnyText = meetingTexts.onlySecretariat,
): Promise<void> {
  if (personId && (await hasCommitteeRole(db, personId, committeeId, roles))) return;
  throw new AppError(ErrorCode.Forbidden, `person ${personId ?? '(unknown)'} lacks ${roles.join('/')} in committee ${committeeId}`, refusal);
}

export async function hasCommitteeRole(db: Db, personId: string, committeeId: string, roles: CommitteeRole[]): Promise<boolean> {
  return (await db.membership.count({ where: { personId, committeeId, role: { in: roles } } })) > 0;
}
