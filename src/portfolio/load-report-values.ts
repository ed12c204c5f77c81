import type { Db } from '../db/prisma.js';
import type { FormValues } from '../ui/model.js';

type ReportLike = {
  overall: string;
  risk: string | null;
  narrative: string | null;
  budgetMnok: { toString(): string } | null;
  costsMnok: { toString(): string } | null;
  opexChangeMnok: { toString(): string } | null;
  lifecycle: string | null;
  mainGoal: number | null;
  sdgs: number[];
};

const amount = (v: { toString(): string } | null): string | undefined => (v === null ? undefined : String(Number(v.toString())));

/** A stored report as form values. */
export function reportToValues(report: ReportLike): FormValues {
  return {
    overall: report.overall,
    risk: report.risk ?? undefined,
    narrative: report.narrative ?? undefined,
    budget: amount(report.budgetMnok),
    costs: amount(report.costsMnok),
    opex: amount(report.opexChangeMnok),
    lifecycle: report.lifecycle ?? undefined,
    mainGoal: report.mainGoal === null ? undefined : String(report.mainGoal),
    sdgs: report.sdgs.map(String),
  };
}

/**
 * What the form opens with: this round's draft or report when there is one, otherwise the initiative's
 * latest submitted report of an earlier round, otherwise what the portfolio knows of the initiative.
 */
export async function loadReportValues(db: Db, roundId: string, initiativeId: string): Promise<FormValues> {
  const current = await db.statusReport.findUnique({ where: { roundId_initiativeId: { roundId, initiativeId } } });
  if (current?.state === 'draft' && current.draft) return current.draft as FormValues;
  if (current) return reportToValues(current);
  const previous = await db.statusReport.findFirst({
    where: { initiativeId, state: 'submitted', roundId: { not: roundId } },
    orderBy: [{ round: { cutoffDate: 'desc' } }],
  });
  if (previous) return reportToValues(previous);
  const initiative = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });
  return {
    lifecycle: initiative.state === 'planned' ? 'active' : initiative.state,
    mainGoal: initiative.mainGoal === null ? undefined : String(initiative.mainGoal),
    sdgs: initiative.sdgs.map(String),
  };
}
