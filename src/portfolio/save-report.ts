import type { AppServices } from '../app/services.js';
import { Prisma } from '../generated/prisma/client.js';
import { AppError, ErrorCode } from '../errors.js';
import type { FormValues } from '../ui/model.js';
import { portfolioTexts } from './texts.js';
import type { ReportInput } from './read-report-form.js';
import { reportPromptsJob } from './jobs/report-prompts-job.js';

export interface SaveReportOptions {
  roundId: string;
  initiativeId: string;
  actorId: string;
  input: ReportInput;
  /** The typed values, kept as the draft. */
  values: FormValues;
}

export type SaveReportResult = { state: 'draft' } | { state: 'submitted'; version: number };

/**
 * Saves a draft or submits a status report. A submission (the first or a correction) is kept as a new
 * `StatusReportVersion`; the initiative's lifecycle state, main goal and SDGs follow the report. Refused once
 * the round is closed. A submission stages, in the same transaction, the job that marks every prompt to report
 * as delivered (`jobs/report-prompts-job.ts`).
 */
export async function saveReport(services: AppServices, options: SaveReportOptions): Promise<SaveReportResult> {
  const { roundId, initiativeId, actorId, input, values } = options;
  const now = services.clock();
  const result = await services.db.$transaction(async (tx) => {
    const round = await tx.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
    if (round.state !== 'open') throw new AppError(ErrorCode.Conflict, 'portfolio: round closed', portfolioTexts.roundClosed);
    const existing = await tx.statusReport.findUnique({ where: { roundId_initiativeId: { roundId, initiativeId } } });
    const { mode, ...draftless } = values;
    void mode;
    if (input.mode === 'draft') {
      if (existing) {
        await tx.statusReport.update({ where: { id: existing.id }, data: { draft: draftless as object } });
      } else {
        await tx.statusReport.create({ data: { roundId, initiativeId, state: 'draft', overall: input.overall ?? 'green', draft: draftless as object } });
      }
      return { state: 'draft' as const };
    }
    const fields = {
      overall: input.overall!,
      risk: input.risk,
      narrative: input.narrative,
      budgetMnok: input.budgetMnok,
      costsMnok: input.costsMnok,
      opexChangeMnok: input.opexChangeMnok,
      lifecycle: input.lifecycle,
      mainGoal: input.mainGoal,
      sdgs: input.sdgs,
    };
    const report = existing
      ? await tx.statusReport.update({ where: { id: existing.id }, data: { ...fields, state: 'submitted', submittedById: actorId, submittedAt: now, draft: Prisma.DbNull } })
      : await tx.statusReport.create({ data: { ...fields, roundId, initiativeId, state: 'submitted', submittedById: actorId, submittedAt: now } });
    const version = (await tx.statusReportVersion.count({ where: { reportId: report.id } })) + 1;
    await tx.statusReportVersion.create({ data: { reportId: report.id, version, snapshot: fields as object, submittedById: actorId, submittedAt: now } });
    await tx.initiative.update({
      where: { id: initiativeId },
      data: { ...(input.lifecycle ? { state: input.lifecycle } : {}), ...(input.mainGoal !== null ? { mainGoal: input.mainGoal } : {}), sdgs: input.sdgs },
    });
    await services.jobs.stage(tx, reportPromptsJob, { roundId, initiativeId, version }, now);
    return { state: 'submitted' as const, version };
  });
  if (result.state === 'submitted') await services.jobs.enqueue(reportPromptsJob, { roundId, initiativeId, version: result.version }, { runAt: now });
  return result;
}
