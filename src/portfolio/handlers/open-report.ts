import type { AppServices } from '../../app/services.js';
import { buildDependencyList } from '../../dependencies/build-dependency-list.js';
import { loadDependencyList } from '../../dependencies/load-dependency-list.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { buildReportForm } from '../build-report-form.js';
import { PortfolioActions, PortfolioForms } from '../ids.js';
import { loadReportSubject } from '../load-report-subject.js';
import { loadReportValues } from '../load-report-values.js';
import { readReportForm } from '../read-report-form.js';
import { saveReport } from '../save-report.js';
import { portfolioTexts as T } from '../texts.js';

/** The report form of one initiative in one round, filled in from the draft or the previous report. */
export async function openReportForm(services: AppServices, locale: Locale, personId: string | null, roundId: unknown, initiativeId: unknown): Promise<Reply> {
  const subject = await loadReportSubject(services.db, personId, roundId, initiativeId);
  const values = await loadReportValues(services.db, subject.round.id, subject.initiative.id, locale);
  return reply.form(buildReportForm(locale, subject, values));
}

/** The "report" button in the invitation and reminders. */
export const openReportAction: ActionDefinition = {
  actionId: PortfolioActions.openReport,
  requiresPerson: true,
  run: ({ services, actor }, payload) => openReportForm(services, actor.locale, actor.personId, payload.roundId, payload.initiativeId),
};

/** The report form: refused per field with everything kept, saved as draft, or submitted (then the dependency step). */
export const reportForm: FormDefinition = {
  formId: PortfolioForms.report,
  requiresPerson: true,
  async submit({ services, actor }, values, context) {
    const subject = await loadReportSubject(services.db, actor.personId, context.roundId, context.initiativeId);
    const locale = actor.locale;
    const read = readReportForm(values, subject.initiative.segment, locale);
    if (!read.ok) return reply.formErrors(withValues(buildReportForm(locale, subject, {}), values), read.errors);
    const result = await saveReport(services, { roundId: subject.round.id, initiativeId: subject.initiative.id, actorId: actor.personId!, input: read.input, values });
    if (result.state === 'draft') return reply.formDone(plainMessage(t(locale, T.draftSaved, { initiative: subject.initiative.name })));
    const lead = t(locale, T.submitted, { initiative: subject.initiative.name, label: subject.round.label, version: result.version });
    return reply.formDone(buildDependencyList(locale, subject.initiative, await loadDependencyList(services.db, subject.initiative.id), lead));
  },
};
