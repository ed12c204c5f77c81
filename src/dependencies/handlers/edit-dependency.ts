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
import { saveDependency, type SavedDependency } from '../save-dependency.js';
import { providerValue } from '../../roster/provider-value.js';
import type { Locale } from '../../i18n/locale.js';
import { dependencyTexts as T } from '../texts.js';

/** "Change" on a dependency in the list: its form, filled in. */
export const editDependencyAction: ActionDefinition = {
  actionId: DependencyActionIds.edit,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const dependency =
      typeof payload.dependencyId === 'string'
        ? await services.db.dependency.findUnique({ where: { id: payload.dependencyId } })
        : null;
    if (!dependency) throw new AppError(ErrorCode.NotFound, 'portfolio: dependency not found');
    const initiative = await loadReportableInitiative(services.db, actor.personId, dependency.initiativeId);
    const values: FormValues = {
      description: dependency.description,
      category: dependency.category,
      // The picked provider (its label is filled in by the dispatcher), or the free text.
      provider: dependency.providerInitiativeId
        ? providerValue('initiative', dependency.providerInitiativeId)
        : dependency.providerOrganisationId
          ? providerValue('organisation', dependency.providerOrganisationId)
          : dependency.providerPersonId
            ? providerValue('person', dependency.providerPersonId)
            : undefined,
      providerText: dependency.providerText ?? undefined,
      criticality: dependency.criticality,
      status: dependency.status,
      dueDate: dependency.dueDate ? dependency.dueDate.toISOString().slice(0, 10) : undefined,
      resolved: dependency.resolvedAt ? 'resolved' : 'open',
    };
    return reply.form(buildDependencyForm(actor.locale, initiative.name, { initiativeId: initiative.id, dependencyId: dependency.id }, values));
  },
};

/** "Saved", and what it means for the provider: free text tells nobody; a red dependency's new provider is told. */
function savedText(locale: Locale, saved: SavedDependency): string {
  const lines = [t(locale, T.depSaved)];
  if (saved.providerFreeText) lines.push(t(locale, T.depSavedFreeText, { provider: saved.providerFreeText }));
  if (saved.newProviderTold !== null) lines.push(saved.newProviderTold > 0 ? t(locale, T.depSavedProviderTold, { count: saved.newProviderTold }) : t(locale, T.depSavedProviderNobody));
  return lines.join(' ');
}

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
    const saved = await saveDependency(services, { initiativeId: initiative.id, dependencyId, actorId: actor.personId!, input: read.input });
    return reply.formDone(buildDependencyList(locale, initiative, await loadDependencyList(services.db, initiative.id), savedText(locale, saved)));
  },
};
