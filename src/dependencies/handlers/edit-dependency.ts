import { calendarDayOf } from '../../calendar/working-days.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { withValues, type FormValues } from '../../ui/model.js';
import { buildDependencyForm } from '../build-dependency-form.js';
import { buildDependencyList } from '../build-dependency-list.js';
import { DependencyActionIds, DependencyFormIds } from '../ids.js';
import { loadDependencyList } from '../load-dependency-list.js';
import { loadReportableInitiative } from '../load-reportable-initiative.js';
import { readDependencyForm } from '../read-dependency-form.js';
import { saveDependency } from '../save-dependency.js';
import { dependencyTexts as T } from '../texts.js';

/** "Change" on a dependency in the list: its form, filled in. */
export const editDependencyAction: ActionDefinition = {
  actionId: DependencyActionIds.edit,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const dependency =
      typeof payload.dependencyId === 'string'
        ? await services.db.dependency.findUnique({ where: { id: payload.dependencyId }, include: { providerInitiative: true, providerOrganisation: true } })
        : null;
    if (!dependency) throw new AppError(ErrorCode.NotFound, 'portfolio: dependency not found');
    const initiative = await loadReportableInitiative(services.db, actor.personId, dependency.initiativeId);
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

/**
 * The dependency form, new or changed: refused per field (a past due date for an open one), else saved and the
 * list shown again.
 */
export const dependencyForm: FormDefinition = {
  formId: DependencyFormIds.dependency,
  requiresPerson: true,
  async submit({ services, actor }, values, context) {
    const initiative = await loadReportableInitiative(services.db, actor.personId, context.initiativeId);
    const locale = actor.locale;
    const read = readDependencyForm(values, calendarDayOf(services.clock()), locale);
    if (!read.ok) return reply.formErrors(withValues(buildDependencyForm(locale, initiative.name, context, {}), values), read.errors);
    const dependencyId = typeof context.dependencyId === 'string' ? context.dependencyId : undefined;
    await saveDependency(services, { initiativeId: initiative.id, dependencyId, actorId: actor.personId!, input: read.input });
    return reply.formDone(buildDependencyList(locale, initiative, await loadDependencyList(services.db, initiative.id), t(locale, T.depSaved)));
  },
};
