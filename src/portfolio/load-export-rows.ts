import { TZDate } from '@date-fns/tz';
import type { Db } from '../db/prisma.js';
import { capitalised, categoryLabel, critLabel, providerName, ragLabel } from '../dependencies/dependency-labels.js';
import { OSLO } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { segmentLabel } from './build-report-charts.js';
import { loadRoundScope } from './load-round-scope.js';
import { stateLabel } from './portfolio-labels.js';
import { exportTexts as T, plain } from './report-texts.js';

/** A value of an export cell: text, a number, a date-time or a calendar day (both shown in Oslo time), or empty. */
export type ExportValue = string | number | { dateTime: Date } | { day: Date } | null;
export interface ExportColumn {
  header: string;
  width: number;
  /** Digits after the decimal mark for numbers. */
  decimals?: number;
}
export interface ExportTable {
  name: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
}

/** The wall-clock time in Oslo of an instant, as a Date whose UTC fields carry it (what a spreadsheet shows). */
export function osloWallClock(date: Date): Date {
  const z = new TZDate(date, OSLO);
  return new Date(Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds()));
}

/**
 * The two tables of a round's export, in the reader's language: one row per initiative in the round's scope
 * (those that did not report included and marked), and one per open dependency of those initiatives.
 */
export async function loadExportTables(db: Db, roundId: string, locale: Locale): Promise<{ initiatives: ExportTable; dependencies: ExportTable }> {
  const round = await db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
  const scope = await loadRoundScope(db, round);
  const ids = scope.map((e) => e.initiative.id);
  const dependencies = await db.dependency.findMany({
    where: { initiativeId: { in: ids }, resolvedAt: null },
    include: { initiative: { include: { organisation: true } }, providerInitiative: true, providerOrganisation: true },
    orderBy: [{ initiative: { name: 'asc' } }, { createdAt: 'asc' }],
  });
  const submitters = new Map(
    (await db.person.findMany({ where: { id: { in: scope.flatMap((e) => (e.report?.submittedById ? [e.report.submittedById] : [])) } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]),
  );
  const h = (text: Record<Locale, string>) => plain(locale, text);
  const rag = (value: Parameters<typeof ragLabel>[1] | null | undefined) => (value ? capitalised(ragLabel(locale, value)) : null);
  const num = (value: { toNumber(): number } | null | undefined) => (value ? value.toNumber() : null);

  const initiatives: ExportTable = {
    name: h(T.sheetInitiatives),
    columns: [
      { header: h(T.hKey), width: 18 },
      { header: h(T.hInitiative), width: 40 },
      { header: h(T.hOrganisation), width: 28 },
      { header: h(T.hOwner), width: 22 },
      { header: h(T.hSegment), width: 14 },
      { header: h(T.hState), width: 12 },
      { header: h(T.hReported), width: 22 },
      { header: h(T.hOverall), width: 13 },
      { header: h(T.hRisk), width: 10 },
      { header: h(T.hNarrative), width: 60 },
      { header: h(T.hBudget), width: 14, decimals: 1 },
      { header: h(T.hCosts), width: 14, decimals: 1 },
      { header: h(T.hOpex), width: 18, decimals: 1 },
      { header: h(T.hLifecycle), width: 12 },
      { header: h(T.hMainGoal), width: 10, decimals: 0 },
      { header: h(T.hSdgs), width: 14 },
      { header: h(T.hOpenDeps), width: 12, decimals: 0 },
      { header: h(T.hRedDeps), width: 12, decimals: 0 },
      { header: h(T.hSubmittedBy), width: 22 },
      { header: h(T.hSubmittedAt), width: 18 },
    ],
    rows: scope.map(({ initiative, report, status }) => {
      const own = dependencies.filter((d) => d.initiativeId === initiative.id);
      const r = report;
      return [
        initiative.key,
        initiative.name,
        initiative.organisation.name,
        initiative.owner.name,
        segmentLabel(locale, initiative.segment),
        stateLabel(locale, initiative.state),
        h(status === 'submitted' ? T.reportedYes : status === 'draft' ? T.reportedDraft : T.reportedNo),
        rag(r?.overall),
        rag(r?.risk),
        r?.narrative ?? null,
        num(r?.budgetMnok),
        num(r?.costsMnok),
        num(r?.opexChangeMnok),
        r?.lifecycle ? stateLabel(locale, r.lifecycle) : null,
        r?.mainGoal ?? null,
        r?.sdgs.length ? r.sdgs.join(', ') : null,
        own.length,
        own.filter((d) => d.status === 'red').length,
        r?.submittedById ? (submitters.get(r.submittedById) ?? null) : null,
        r?.submittedAt ? { dateTime: r.submittedAt } : null,
      ];
    }),
  };
  const deps: ExportTable = {
    name: h(T.sheetDependencies),
    columns: [
      { header: h(T.hInitiative), width: 36 },
      { header: h(T.hOrganisation), width: 26 },
      { header: h(T.hDependency), width: 50 },
      { header: h(T.hCategory), width: 30 },
      { header: h(T.hProvider), width: 30 },
      { header: h(T.hCriticality), width: 12 },
      { header: h(T.hStatus), width: 10 },
      { header: h(T.hDue), width: 12 },
      { header: h(T.hRedSince), width: 12 },
    ],
    rows: dependencies.map((d) => [
      d.initiative.name,
      d.initiative.organisation.name,
      d.description,
      capitalised(categoryLabel(locale, d.category)),
      providerName(locale, d),
      capitalised(critLabel(locale, d.criticality)),
      rag(d.status),
      d.dueDate ? { day: d.dueDate } : null,
      d.redSince ? { day: osloWallClock(d.redSince) } : null,
    ]),
  };
  return { initiatives, dependencies: deps };
}
