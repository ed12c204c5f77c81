import type { DbTx } from '../db/prisma.js';
import { DEMO_DEPENDENCIES, DEMO_REPORTS } from './demo-portfolio.js';
import type { PlannedRound } from './plan-demo-rounds.js';

const DAY_MS = 86_400_000;

/**
 * Writes two closed reporting rounds (the latest with full reports, the one before for comparison) and the
 * dependencies the latest round reported, with the history of the red ones. Safe to repeat.
 */
export async function seedDemoPortfolio(tx: DbTx, [latest, previous]: readonly [PlannedRound, PlannedRound]): Promise<void> {
  const initiatives = new Map((await tx.initiative.findMany()).map((i) => [i.key, i]));
  const initiative = (key: string) => {
    const found = initiatives.get(key);
    if (!found) throw new Error(`demo seed: unknown initiative "${key}" (is demo-roster.yaml imported?)`);
    return found;
  };
  const organisations = new Map((await tx.organisation.findMany({ select: { id: true, key: true } })).map((o) => [o.key, o.id]));

  const roundIds: string[] = [];
  for (const round of [latest, previous]) {
    const fields = {
      quarter: round.quarter,
      year: round.year,
      cutoffDate: round.cutoffDate,
      dueDate: round.dueDate,
      state: 'closed' as const,
      includePlanned: false,
      openedAt: round.openedAt,
      closedAt: round.closedAt,
    };
    const row = await tx.reportingRound.upsert({ where: { label: round.label }, create: { label: round.label, ...fields }, update: fields });
    roundIds.push(row.id);
  }
  const [latestId, previousId] = roundIds as [string, string];

  for (const report of DEMO_REPORTS) {
    const owned = initiative(report.initiative);
    const entries = [
      { roundId: latestId, round: latest, overall: report.overall, risk: report.risk, lifecycle: owned.state, narrative: report.narrative },
      ...(report.previous
        ? [{ roundId: previousId, round: previous, ...report.previous, lifecycle: 'active' as const, narrative: null }]
        : []),
    ];
    for (const entry of entries) {
      const submittedAt = new Date(entry.round.dueDate.getTime() - 2 * DAY_MS + 14 * 3_600_000);
      const fields = {
        state: 'submitted' as const,
        overall: entry.overall,
        risk: entry.risk,
        narrative: entry.narrative,
        budgetMnok: report.budgetMnok ?? null,
        costsMnok: report.costsMnok ?? null,
        opexChangeMnok: report.opexChangeMnok ?? null,
        lifecycle: entry.lifecycle,
        mainGoal: owned.mainGoal,
        sdgs: owned.sdgs,
        submittedById: owned.ownerId,
        submittedAt,
      };
      const row = await tx.statusReport.upsert({
        where: { roundId_initiativeId: { roundId: entry.roundId, initiativeId: owned.id } },
        create: { roundId: entry.roundId, initiativeId: owned.id, ...fields },
        update: fields,
      });
      const snapshot = {
        overall: fields.overall,
        risk: fields.risk,
        narrative: fields.narrative,
        budgetMnok: fields.budgetMnok,
        costsMnok: fields.costsMnok,
        opexChangeMnok: fields.opexChangeMnok,
        lifecycle: fields.lifecycle,
        mainGoal: fields.mainGoal,
        sdgs: fields.sdgs,
      };
      await tx.statusReportVersion.upsert({
        where: { reportId_version: { reportId: row.id, version: 1 } },
        create: { reportId: row.id, version: 1, snapshot, submittedById: owned.ownerId, submittedAt },
        update: { snapshot, submittedById: owned.ownerId, submittedAt },
      });
    }
  }

  for (const dep of DEMO_DEPENDENCIES) {
    const owner = initiative(dep.initiative);
    const redSince =
      dep.redSince === undefined ? null : new Date((dep.redSince === 'latest' ? latest : previous).dueDate.getTime() - 3 * DAY_MS + 10 * 3_600_000);
    const fields = {
      category: dep.category,
      providerText: dep.providerText ?? null,
      providerInitiativeId: dep.providerInitiative ? initiative(dep.providerInitiative).id : null,
      providerOrganisationId: dep.providerOrganisation ? (organisations.get(dep.providerOrganisation) ?? null) : null,
      criticality: dep.criticality,
      status: dep.status,
      dueDate: dep.dueInDays === undefined ? null : new Date(latest.cutoffDate.getTime() + dep.dueInDays * DAY_MS),
      resolvedAt: null,
      redSince,
    };
    const stored = await tx.dependency.findFirst({ where: { initiativeId: owner.id, description: dep.description } });
    const row = stored
      ? await tx.dependency.update({ where: { id: stored.id }, data: fields })
      : await tx.dependency.create({ data: { initiativeId: owner.id, description: dep.description, ...fields } });
    if (redSince) {
      const change = await tx.dependencyChange.findFirst({ where: { dependencyId: row.id, field: 'status', toValue: 'red' } });
      const data = { fromValue: 'yellow', changedById: owner.ownerId, at: redSince, note: 'Rapportert rød i statusrapporten.' };
      if (change) await tx.dependencyChange.update({ where: { id: change.id }, data });
      else await tx.dependencyChange.create({ data: { dependencyId: row.id, field: 'status', toValue: 'red', ...data } });
    }
  }
}
