import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { portfolioTexts as T } from './texts.js';

/** The round a button names, refused once it is closed (nothing is reminded about a closed round). */
export async function loadOpenRound(db: Db, roundId: unknown) {
  const round = typeof roundId === 'string' ? await db.reportingRound.findUnique({ where: { id: roundId } }) : null;
  if (!round) throw new AppError(ErrorCode.NotFound, 'portfolio: round not found');
  if (round.state !== 'open') throw new AppError(ErrorCode.Conflict, 'portfolio: round closed', T.roundClosed);
  return round;
}
