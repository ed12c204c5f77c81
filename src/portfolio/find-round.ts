import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { portfolioTexts } from './texts.js';

/** The round called `label`, or the latest open round when no label is given. */
export async function findRound(db: Db, label?: string) {
  if (label) {
    const round = await db.reportingRound.findFirst({ where: { label: { equals: label, mode: 'insensitive' } } });
    if (!round) throw new AppError(ErrorCode.NotFound, 'portfolio: no such round', portfolioTexts.noRound, { label });
    return round;
  }
  const open = await db.reportingRound.findFirst({ where: { state: 'open' }, orderBy: { openedAt: 'desc' } });
  if (!open) throw new AppError(ErrorCode.NotFound, 'portfolio: no open round', portfolioTexts.noOpenRound);
  return open;
}
