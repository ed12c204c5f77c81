import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { buildDependencyForm } from '../build-dependency-form.js';
import { DependencyActionIds } from '../ids.js';
import { loadReportableInitiative } from '../load-reportable-initiative.js';

/** "Add dependency" under the dependency list: an empty dependency form (its submit: `edit-dependency.ts`). */
export const addDependencyAction: ActionDefinition = {
  actionId: DependencyActionIds.add,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const initiative = await loadReportableInitiative(services.db, actor.personId, payload.initiativeId);
    return reply.form(buildDependencyForm(actor.locale, initiative.name, { initiativeId: initiative.id }, {}));
  },
};
