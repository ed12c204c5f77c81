import type { Db } from '../db/prisma.js';
import { CATEGORIES, type CategoryValue, type RagValue } from '../dependencies/dependency-labels.js';
import { loadRoundScope } from './load-round-scope.js';
import { GOALS, SDGS } from './portfolio-labels.js';
import type { SegmentValue } from './read-report-form.js';
import type { RagCounts } from './summarise-round.js';

export const SEGMENTS = ['samstyring', 'koordinering', 'orientering'] as const satisfies readonly SegmentValue[];
const zero = (): RagCounts => ({ green: 0, yellow: 0, red: 0 });

export interface ReportInitiative {
  name: string;
  organisation: string;
}

/** Everything the portfolio report of a round states, computed from the round's reports and dependencies. */
export interface PortfolioReportData {
  label: string;
  previousLabel: string | null;
  cutoffDate: Date;
  /** Active initiatives: in the round's scope, neither completed nor paused (new ones included). */
  active: number;
  activeBySegment: Record<SegmentValue, number>;
  /** Sum of the budgets (MNOK) the active co-governance initiatives reported. */
  coGovernanceBudgetMnok: number;
  /** Overall status of the active initiatives that submitted, this round and the previous one. */
  status: { current: RagCounts; previous: RagCounts };
  /** Risk of the active co-governance and coordination initiatives, this round and the previous one. */
  risk: { current: RagCounts; previous: RagCounts };
  dependencyTotal: number;
  dependencies: { category: CategoryValue; counts: RagCounts }[];
  redHigh: (ReportInitiative & { dependency: string; provider: string | null; dueDate: Date | null })[];
  /** Initiatives with a red dependency of high, and of medium, criticality. */
  redHighInitiatives: number;
  redMediumInitiatives: number;
  byMainGoal: { goal: number; count: number }[];
  bySdg: { sdg: number; count: number }[];
  /** Active initiatives that have told which sustainable development goals they serve. */
  withSdg: number;
  redInitiatives: (ReportInitiative & { risk: RagValue | null; narrative: string | null })[];
  completed: ReportInitiative[];
  /** Of the completed ones, how many were paused in the previous round. */
  completedPausedBefore: number;
  newInitiatives: ReportInitiative[];
  paused: ReportInitiative[];
  /** Active initiatives that did not submit a report this round. */
  notReported: ReportInitiative[];
}

const byName = (a: ReportInitiative, b: ReportInitiative) => a.name.localeCompare(b.name, 'nb');

/**
 * The figures and tables of a round's portfolio report (the NUIT report after each round): the scope is the
 * round's (`load-round-scope.ts`) plus the paused initiatives; an initiative's lifecycle is what its submitted
 * report says, else its state. Status counts only active initiatives; risk only the segments that report it.
 */
export async function compilePortfolioReport(db: Db, roundId: string): Promise<PortfolioReportData> {
  const round = await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
  const previous = await db.reportingRound.findFirst({ where: { cutoffDate: { lt: round.cutoffDate } }, orderBy: { cutoffDate: 'desc' } });
  const scope = await loadRoundScope(db, round);
  const inScope = new Set(scope.map((e) => e.initiative.id));
  const pausedOutside = await db.initiative.findMany({ where: { state: 'paused', id: { notIn: [...inScope] } }, include: { organisation: true } });
  const previousReports = previous
    ? await db.statusReport.findMany({ where: { roundId: previous.id, state: 'submitted' }, include: { initiative: true } })
    : [];
  const previousOf = new Map(previousReports.map((r) => [r.initiativeId, r]));
  const named = (i: { name: string; organisation: { name: string } }): ReportInitiative => ({ name: i.name, organisation: i.organisation.name });

  const entries = scope.map((e) => {
    const submitted = e.report?.state === 'submitted' ? e.report : null;
    const lifecycle = submitted?.lifecycle ?? e.initiative.state;
    return { ...e, submitted, lifecycle };
  });
  const active = entries.filter((e) => e.lifecycle === 'active');
  const activeBySegment = Object.fromEntries(SEGMENTS.map((s) => [s, active.filter((e) => e.initiative.segment === s).length])) as Record<SegmentValue, number>;
  const coGovernanceBudgetMnok = active
    .filter((e) => e.initiative.segment === 'samstyring')
    .reduce((sum, e) => sum + (e.submitted?.budgetMnok?.toNumber() ?? 0), 0);

  const status = { current: zero(), previous: zero() };
  const risk = { current: zero(), previous: zero() };
  const reportsRisk = (segment: SegmentValue) => segment !== 'orientering';
  for (const e of active) {
    if (!e.submitted) continue;
    status.current[e.submitted.overall] += 1;
    if (e.submitted.risk && reportsRisk(e.initiative.segment)) risk.current[e.submitted.risk] += 1;
  }
  for (const r of previousReports) {
    if ((r.lifecycle ?? 'active') !== 'active') continue;
    status.previous[r.overall] += 1;
    if (r.risk && reportsRisk(r.initiative.segment)) risk.previous[r.risk] += 1;
  }

  const activeIds = active.map((e) => e.initiative.id);
  const dependencies = await db.dependency.findMany({
    where: { initiativeId: { in: activeIds }, resolvedAt: null },
    include: { initiative: { include: { organisation: true } }, providerInitiative: true, providerOrganisation: true },
    orderBy: [{ initiative: { name: 'asc' } }, { createdAt: 'asc' }],
  });
  const byCategory = new Map<CategoryValue, RagCounts>();
  for (const d of dependencies) {
    const counts = byCategory.get(d.category) ?? zero();
    counts[d.status] += 1;
    byCategory.set(d.category, counts);
  }
  const redHighDeps = dependencies.filter((d) => d.status === 'red' && d.criticality === 'high');
  const initiativesWith = (criticality: 'high' | 'medium') =>
    new Set(dependencies.filter((d) => d.status === 'red' && d.criticality === criticality).map((d) => d.initiativeId)).size;

  const goalOf = (e: (typeof active)[number]) => e.submitted?.mainGoal ?? e.initiative.mainGoal;
  const sdgsOf = (e: (typeof active)[number]) => (e.submitted?.sdgs.length ? e.submitted.sdgs : e.initiative.sdgs);
  const completed = entries.filter((e) => e.lifecycle === 'completed');

  return {
    label: round.label,
    previousLabel: previous?.label ?? null,
    cutoffDate: round.cutoffDate,
    active: active.length,
    activeBySegment,
    coGovernanceBudgetMnok: Math.round(coGovernanceBudgetMnok * 1000) / 1000,
    status,
    risk,
    dependencyTotal: dependencies.length,
    dependencies: CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, counts: byCategory.get(category)! })),
    redHigh: redHighDeps.map((d) => ({
      ...named(d.initiative),
      dependency: d.description,
      provider: d.providerInitiative?.name ?? d.providerOrganisation?.name ?? d.providerText,
      dueDate: d.dueDate,
    })),
    redHighInitiatives: initiativesWith('high'),
    redMediumInitiatives: initiativesWith('medium'),
    byMainGoal: GOALS.map((goal) => ({ goal, count: active.filter((e) => goalOf(e) === goal).length })),
    bySdg: SDGS.map((sdg) => ({ sdg, count: active.filter((e) => sdgsOf(e).includes(sdg)).length })),
    withSdg: active.filter((e) => sdgsOf(e).length > 0).length,
    redInitiatives: active
      .filter((e) => e.submitted?.overall === 'red')
      .map((e) => ({ ...named(e.initiative), risk: e.submitted!.risk, narrative: e.submitted!.narrative })),
    completed: completed.map((e) => named(e.initiative)).sort(byName),
    completedPausedBefore: completed.filter((e) => previousOf.get(e.initiative.id)?.lifecycle === 'paused').length,
    newInitiatives: active.filter((e) => e.initiative.isNew).map((e) => named(e.initiative)).sort(byName),
    paused: [...entries.filter((e) => e.lifecycle === 'paused').map((e) => named(e.initiative)), ...pausedOutside.map(named)].sort(byName),
    notReported: active.filter((e) => !e.submitted).map((e) => named(e.initiative)).sort(byName),
  };
}
