import type { Db } from '../db/prisma.js';
import { CATEGORIES, type CategoryValue, type RagValue } from '../dependencies/dependency-labels.js';

export type RagCounts = Record<RagValue, number>;
const zero = (): RagCounts => ({ green: 0, yellow: 0, red: 0 });

export interface RoundSummary {
  label: string;
  previousLabel: string | null;
  submitted: number;
  overall: { current: RagCounts; previous: RagCounts };
  risk: { current: RagCounts; previous: RagCounts };
  /** Open dependencies of the initiatives that reported, by category and status (categories without any left out). */
  dependencies: { category: CategoryValue; counts: RagCounts }[];
  redHigh: { initiative: string; items: { description: string; provider: string | null; dueDate: Date | null }[] }[];
  redInitiatives: { name: string; organisation: string; risk: RagValue | null; narrative: string | null }[];
  newInitiatives: string[];
  completed: string[];
  paused: string[];
}

function countReports(reports: { overall: RagValue; risk: RagValue | null }[]) {
  const overall = zero();
  const risk = zero();
  for (const r of reports) {
    overall[r.overall] += 1;
    if (r.risk) risk[r.risk] += 1;
  }
  return { overall, risk };
}

/** The figures of a round's summary, beside the round before it (by cut-off date). Submitted reports only. */
export async function summariseRound(db: Db, roundId: string): Promise<RoundSummary> {
  const round = await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
  const previous = await db.reportingRound.findFirst({ where: { cutoffDate: { lt: round.cutoffDate } }, orderBy: { cutoffDate: 'desc' } });
  const reports = await db.statusReport.findMany({
    where: { roundId, state: 'submitted' },
    include: { initiative: { include: { organisation: true } } },
    orderBy: { initiative: { name: 'asc' } },
  });
  const previousReports = previous ? await db.statusReport.findMany({ where: { roundId: previous.id, state: 'submitted' } }) : [];
  const current = countReports(reports);
  const before = countReports(previousReports);

  const initiativeIds = reports.map((r) => r.initiativeId);
  const dependencies = await db.dependency.findMany({
    where: { initiativeId: { in: initiativeIds }, resolvedAt: null },
    include: { initiative: true, providerInitiative: true, providerOrganisation: true },
    orderBy: [{ initiative: { name: 'asc' } }, { createdAt: 'asc' }],
  });
  const byCategory = new Map<CategoryValue, RagCounts>();
  for (const d of dependencies) {
    const counts = byCategory.get(d.category) ?? zero();
    counts[d.status] += 1;
    byCategory.set(d.category, counts);
  }
  const redHighMap = new Map<string, RoundSummary['redHigh'][number]>();
  for (const d of dependencies.filter((x) => x.status === 'red' && x.criticality === 'high')) {
    const entry = redHighMap.get(d.initiative.name) ?? { initiative: d.initiative.name, items: [] };
    entry.items.push({ description: d.description, provider: d.providerInitiative?.name ?? d.providerOrganisation?.name ?? d.providerText, dueDate: d.dueDate });
    redHighMap.set(d.initiative.name, entry);
  }
  const pausedUnreported = await db.initiative.findMany({ where: { state: 'paused', id: { notIn: initiativeIds } }, orderBy: { name: 'asc' } });
  return {
    label: round.label,
    previousLabel: previous?.label ?? null,
    submitted: reports.length,
    overall: { current: current.overall, previous: before.overall },
    risk: { current: current.risk, previous: before.risk },
    dependencies: CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, counts: byCategory.get(category)! })),
    redHigh: [...redHighMap.values()],
    redInitiatives: reports
      .filter((r) => r.overall === 'red')
      .map((r) => ({ name: r.initiative.name, organisation: r.initiative.organisation.name, risk: r.risk, narrative: r.narrative })),
    newInitiatives: reports.filter((r) => r.initiative.isNew).map((r) => r.initiative.name),
    completed: reports.filter((r) => r.lifecycle === 'completed').map((r) => r.initiative.name),
    paused: [...reports.filter((r) => r.lifecycle === 'paused').map((r) => r.initiative.name), ...pausedUnreported.map((i) => i.name)].sort((a, b) => a.localeCompare(b, 'nb')),
  };
}
