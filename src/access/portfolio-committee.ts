import type { Db, DbTx } from '../db/prisma.js';

/** The committee the national portfolio belongs to when neither workflows/portfolio.yaml nor the roster names one. */
export const DEFAULT_PORTFOLIO_COMMITTEE = 'NUIT';

// The key named in workflows/portfolio.yaml (`committee:`), set once at start by createApp. A module value rather
// than a parameter because every capability asks the access module with only its database client.
let configuredKey: string | undefined;

/** Called once at start with `committee` from workflows/portfolio.yaml (undefined when the file names none). */
export function configurePortfolioCommittee(key: string | undefined): void {
  configuredKey = key;
}

/**
 * The id of the committee that owns the national portfolio: the one named in workflows/portfolio.yaml; else the
 * one the roster marks `treatsPortfolio` (the first by key, should several be); else NUIT. Null when that
 * committee does not exist: then nobody is the portfolio's secretariat (closed, never "everyone").
 */
export async function portfolioCommitteeId(db: Db | DbTx): Promise<string | null> {
  if (configuredKey) return (await db.committee.findUnique({ where: { key: configuredKey }, select: { id: true } }))?.id ?? null;
  const marked = await db.committee.findFirst({ where: { treatsPortfolio: true }, orderBy: { key: 'asc' }, select: { id: true } });
  if (marked) return marked.id;
  return (await db.committee.findUnique({ where: { key: DEFAULT_PORTFOLIO_COMMITTEE }, select: { id: true } }))?.id ?? null;
}

/** The secretariat members of the portfolio's committee: who opens, closes, reminds and summarises rounds. */
export async function portfolioSecretariatIds(db: Db | DbTx): Promise<string[]> {
  const committeeId = await portfolioCommitteeId(db);
  if (!committeeId) return [];
  const rows = await db.membership.findMany({ where: { committeeId, role: 'secretariat' }, select: { personId: true }, orderBy: { createdAt: 'asc' } });
  return [...new Set(rows.map((r) => r.personId))];
}
