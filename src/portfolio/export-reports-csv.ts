import type { Db } from '../db/prisma.js';

const HEADER = ['initiative_key', 'initiative', 'organisation', 'segment', 'state', 'overall', 'risk', 'narrative', 'budget_mnok', 'costs_mnok', 'opex_change_mnok', 'lifecycle', 'main_goal', 'sdgs', 'open_dependencies', 'red_dependencies', 'submitted_by', 'submitted_at'];

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Every report of a round (submitted and drafts) as CSV for the people who write the portfolio report:
 * semicolon-separated with a BOM, so Excel with Norwegian settings opens it as columns; decimals with a point.
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
    r.budgetMnok?.toString(),
    r.costsMnok?.toString(),
    r.opexChangeMnok?.toString(),
    r.lifecycle,
    r.mainGoal,
    r.sdgs.join(','),
    r.initiative.dependencies.length,
    r.initiative.dependencies.filter((d) => d.status === 'red').length,
    r.submittedBy?.name,
    r.submittedAt?.toISOString(),
  ]);
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
