import type { DbTx } from '../db/prisma.js';

/**
 * The next case number of a committee and year from `CaseNumberCounter`. The counter only ever grows,
 * so a number is never handed out twice, even when its item is removed. Call inside a transaction.
 */
export async function allocateCaseNumber(tx: DbTx, committeeId: string, year: number): Promise<number> {
  const counter = await tx.caseNumberCounter.upsert({
    where: { committeeId_year: { committeeId, year } },
    create: { committeeId, year, lastNumber: 1 },
    update: { lastNumber: { increment: 1 } },
  });
  return counter.lastNumber;
}
