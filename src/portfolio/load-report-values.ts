import type { Db } from '../db/prisma.js';
import type { Locale } from '../i18n/locale.js';
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

/**
 * An amount as the person would type it: a decimal comma in bokmål ("100,5"), a point in English ("100.5"),
 * no thousands separators. `parseAmount` reads both back.
 */
export function formatAmount(value: { toString(): string } | null, locale: Locale): string | undefined {
  if (value === null) return undefined;
  const text = String(Number(value.toString()));
  return locale === 'nb' ? text.replace('.', ',') : text;
}

/** A stored report as form values, amounts in the person's notation. */
export function reportToValues(report: ReportLike, locale: Locale): FormValues {
  const amount = (v: { toString(): string } | null) => formatAmount(v, locale);
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
 * latest submitted report of an earlier round, otherwise what the portfolio knows of the initiative. A draft
 * comes back exactly as it was typed.
 */
export async function loadReportValues(db: Db, roundId: string, initiativeId: string, locale: Locale): Promise<FormValues> {
  const current = await db.statusReport.findUnique({ where: { roundId_initiativeId: { roundId, initiativeId } } });
  if (current?.state === 'draft' && current.draft) return current.draft as FormValues;
  if (current) return reportToValues(current, locale);
  const previous = await db.statusReport.findFirst({
    where: { initiativeId, state: 'submitted', roundId: { not: roundId } },
    orderBy: [{ round: { cutoffDate: 'desc' } }],
  });
  if (previous) return reportToValues(previous, locale);
  const initiative = await db.initiative.findUniqueOrThrow({ where: { id: initiativeId } });
  return {
    lifecycle: initiative.state === 'planned' ? 'active' : initiative.state,
    mainGoal: initiative.mainGoal === null ? undefined : String(initiative.mainGoal),
    sdgs: initiative.sdgs.map(String),
  };
}
