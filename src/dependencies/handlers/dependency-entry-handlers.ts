import type { AppServices } from '../../app/services.js';
import { calendarDayOf } from '../../calendar/working-days.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { withValues, type FormValues } from '../../ui/model.js';
import { buildDependencyForm } from '../build-dependency-form.js';
import { buildDependencyList } from '../build-dependency-list.js';
import { assertCanReport } from '../../portfolio/check-access.js';
import { loadDependencyList } from '../load-dependency-list.js';
import { PortfolioActions, PortfolioForms } from '../../portfolio/ids.js';
import { portfolioTexts as T } from '../../portfolio/texts.js';
import { readDependencyForm } from '../read-dependency-form.js';
import { saveDependency } from '../save-dependency.js';

async function loadInitiative(services: AppServices, personId: string | null, initiativeId: unknown) {
  const initiative = typeof initiativeId === 'string' ? await services.db.initiative.findUnique({ where: { id: initiativeId } }) : null;
  if (!initiative) throw new AppError(ErrorCode.NotFound, 'portfolio: initiative not found');
  await assertCanReport(services.db, personId, initiative);
  return initiative;
}

/** "Add dependency": an empty dependency form. */
export const addDependencyAction: ActionDefinition = {
  actionId: PortfolioActions.addDependency,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const initiative = await loadInitiative(services, actor.personId, payload.initiativeId);
    return reply.form(buildDependencyForm(actor.locale, initiative.name, { initiativeId: initiative.id }, {}));
  },
};

/** "Change" on a dependency: its form, filled in. */
export const editDependencyAction: ActionDefinition = {
  actionId: PortfolioActions.editDependency,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const dependency =
      typeof payload.dependencyId === 'string'
        ? await services.db.dependency.findUnique({ where: { id: payload.dependencyId }, include: { providerInitiative: true, providerOrganisation: true } })
        : null;
    if (!dependency) throw new AppError(ErrorCode.NotFound, 'portfolio: dependency not found');
    const initiative = await loadInitiative(services, actor.personId, dependency.initiativeId);
    const values: FormValues = {
      description: dependency.description,
      category: dependency.category,
      provider: dependency.providerInitiative?.name ?? dependency.providerOrganisation?.name ?? dependency.providerText ?? undefined,
      criticality: dependency.criticality,
      status: dependency.status,
      dueDate: dependency.dueDate ? dependency.dueDate.toISOString().slice(0, 10) : undefined,
      resolved: dependency.resolvedAt ? 'resolved' : 'open',
    };
    return reply.form(buildDependencyForm(actor.locale, initiative.name, { initiativeId: initiative.id, dependencyId: dependency.id }, values));
  },
};

/** The dependency form: refused per field (a past due date for an open one), else saved and the list shown again. */
export const dependencyForm: FormDefinition = {
  formId: PortfolioForms.dependency,
  requiresPerson: true,
  async submit({ services, actor }, values, context) {
    const initiative = await loadInitiative(services, actor.personId, context.initiativeId);
    const locale = actor.locale;
    const read = readDependencyForm(values, calendarDayOf(services.clock()), locale);
    if (!read.ok) return reply.formErrors(withValues(buildDependencyForm(locale, initiative.name, context, {}), values), read.errors);
    const dependencyId = typeof context.dependencyId === 'string' ? context.dependencyId : undefined;
    await saveDependency(services, { initiativeId: initiative.id, dependencyId, actorId: actor.personId!, input: read.input });
    return reply.formDone(buildDependencyList(locale, initiative, await loadDependencyList(services.db, initiative.id), t(locale, T.depSaved)));
  },
};
