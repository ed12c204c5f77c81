import type { Db } from '../db/prisma.js';
import { csvCell } from '../files/csv-cell.js';

const HEADER = ['initiative_key', 'initiative', 'organisation', 'segment', 'state', 'overall', 'risk', 'narrative', 'budget_mnok', 'costs_mnok', 'opex_change_mnok', 'lifecycle', 'main_goal', 'sdgs', 'open_dependencies', 'red_dependencies', 'submitted_by', 'submitted_at'];

/**
 * Every report of a round (submitted and drafts) as CSV for the people who write the portfolio report:
 * semicolon-separated with a BOM, so Excel with Norwegian settings opens it as columns; decimals with a point.
 * Text cells that start like a formula are neutralised (`csv-cell.ts`); numbers are written as numbers.
 */
export async function exportReportsCsv(db: Db, roundId: string): Promise<string> {
  const reports = await db.statusReport.findMany({
    where: { roundId },
    include: { initiative: { include: { organisation: true, dependencies: { where: { resolvedAt: null } } } }, submittedBy: true },
    orderBy: { initiative: { name: 'asc' } },
  });
  const rows = reports.map((r) => [
    r.initiative.key,
    r.initiative.name,
    r.initiative.organisation.name,
    r.initiative.segment,
    r.state,
    r.overall,
    r.risk,
    r.narrative,
    // Amounts as numbers, so a negative one (-3.5) stays a number and is not taken for a formula.
    r.budgetMnok?.toNumber(),
    r.costsMnok?.toNumber(),
    r.opexChangeMnok?.toNumber(),
    r.lifecycle,
    r.mainGoal,
    r.sdgs.join(','),
    r.initiative.dependencies.length,
    r.initiative.dependencies.filter((d) => d.status === 'red').length,
    r.submittedBy?.name,
    r.submittedAt?.toISOString(),
  ]);
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
