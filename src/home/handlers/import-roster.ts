import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { buildImportForm } from '../../roster/build-import-form.js';
import { HomeActionIds } from '../ids.js';

/** "Import the roster" on the home: the roster capability's own paste form (`roster import`). */
export const importRosterAction: ActionDefinition = {
  actionId: HomeActionIds.importRoster,
  requiresPerson: true,
  async run({ services, actor }) {
    await assertAccess(services.db, actor.personId, { action: 'import_roster' });
    return reply.form(buildImportForm(actor.locale));
  },
};
