import type { AppServices } from '../../app/services.js';
import type { ActionDefinition, CommandDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { AppError, ErrorCode } from '../../errors.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { buildDependencyList } from '../../dependencies/build-dependency-list.js';
import { buildReportForm } from '../build-report-form.js';
import { assertCanReport } from '../check-access.js';
import { findRound } from '../find-round.js';
import { loadDependencyList } from '../../dependencies/load-dependency-list.js';
import { loadReportValues } from '../load-report-values.js';
import { PortfolioActions, PortfolioForms } from '../ids.js';
import { portfolioTexts as T } from '../texts.js';
import { readReportForm } from '../read-report-form.js';
import { saveReport } from '../save-report.js';

/** Loads the round and initiative of a report and checks that the person may report and the round is open. */
export async function loadReportSubject(services: AppServices, personId: string | null, roundId: unknown, initiativeId: unknown) {
  if (typeof roundId !== 'string' || typeof initiativeId !== 'string') throw new AppError(ErrorCode.NotFound, 'portfolio: bad report payload');
  const round = await services.db.reportingRound.findUnique({ where: { id: roundId } });
  const initiative = await services.db.initiative.findUnique({ where: { id: initiativeId } });
  if (!round || !initiative) throw new AppError(ErrorCode.NotFound, 'portfolio: report subject not found');
  await assertCanReport(services.db, personId, initiative);
  if (round.state !== 'open') throw new AppError(ErrorCode.Conflict, 'portfolio: round closed', T.roundClosed);
  return { round, initiative };
}

async function openReportForm(services: AppServices, locale: Locale, personId: string | null, roundId: unknown, initiativeId: unknown) {
  const subject = await loadReportSubject(services, personId, roundId, initiativeId);
  const values = await loadReportValues(services.db, subject.round.id, subject.initiative.id, locale);
  return reply.form(buildReportForm(locale, subject, values));
}

/** The "report" button in the invitation and reminders. */
export const openReportAction: ActionDefinition = {
  actionId: PortfolioActions.openReport,
  requiresPerson: true,
  run: ({ services, actor }, payload) => openReportForm(services, actor.locale, actor.personId, payload.roundId, payload.initiativeId),
};

/** `report <initiative>` / `rapporter <tiltak>`: opens the form for the open round. */
export const reportCommand: CommandDefinition = {
  name: 'report',
  aliases: ['rapporter', 'rapport'],
  summary: T.reportSummary,
  usage: T.reportUsage,
  requiresPerson: true,
  async run({ services, actor }, args) {
    const key = args.join(' ').trim();
    const initiative = key
      ? await services.db.initiative.findFirst({ where: { OR: [{ key: { equals: key, mode: 'insensitive' } }, { name: { equals: key, mode: 'insensitive' } }] } })
      : null;
    if (!initiative) throw new AppError(ErrorCode.NotFound, 'portfolio: unknown initiative', T.unknownInitiative, { key });
    const round = await findRound(services.db);
    return openReportForm(services, actor.locale, actor.personId, round.id, initiative.id);
  },
};

/** The report form: refused per field with everything kept, saved as draft, or submitted (then the dependency step). */
export const reportForm: FormDefinition = {
  formId: PortfolioForms.report,
  requiresPerson: true,
  async submit({ services, actor }, values, context) {
    const subject = await loadReportSubject(services, actor.personId, context.roundId, context.initiativeId);
    const locale = actor.locale;
    const read = readReportForm(values, subject.initiative.segment, locale);
    if (!read.ok) return reply.formErrors(withValues(buildReportForm(locale, subject, {}), values), read.errors);
    const result = await saveReport(services, { roundId: subject.round.id, initiativeId: subject.initiative.id, actorId: actor.personId!, input: read.input, values });
    if (result.state === 'draft') return reply.formDone(plainMessage(t(locale, T.draftSaved, { initiative: subject.initiative.name })));
    const lead = t(locale, T.submitted, { initiative: subject.initiative.name, label: subject.round.label, version: result.version });
    return reply.formDone(buildDependencyList(locale, subject.initiative, await loadDependencyList(services.db, subject.initiative.id), lead));
  },
};
