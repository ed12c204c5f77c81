import { assertAccess } from '../access/decide-access.js';
import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { portfolioTexts as T } from './texts.js';

/** Loads the round and initiative of a report and checks that the person may report and the round is open. */
export async function loadReportSubject(db: Db, personId: string | null, roundId: unknown, initiativeId: unknown) {
  if (typeof roundId !== 'string' || typeof initiativeId !== 'string') throw new AppError(ErrorCode.NotFound, 'portfolio: bad report payload');
  const round = await db.reportingRound.findUnique({ where: { id: roundId } });
  const initiative = await db.initiative.findUnique({ where: { id: initiativeId } });
  if (!round || !initiative) throw new AppError(ErrorCode.NotFound, 'portfolio: report subject not found');
  await assertAccess(db, personId, { action: 'report', initiative });
  if (round.state !== 'open') throw new AppError(ErrorCode.Conflict, 'portfolio: round closed', T.roundClosed);
  return { round, initiative };
}
