import { ACCESS_REFUSED_AUDIT_ACTION, assertAccess } from '../../access/decide-access.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { CommandDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { buildImportForm } from '../build-import-form.js';
import { buildImportResult } from '../build-import-result.js';
import { buildProblemsText } from '../build-problems-text.js';
import { importRosterText } from '../import-roster-text.js';
import { RosterError, RosterScopeError } from '../roster-error.js';
import { ROSTER_FIELD, ROSTER_PASTE_MAX, RosterForms } from '../ids.js';
import { rosterTexts as T } from '../texts.js';

const IMPORT_WORDS = ['import', 'importer', 'importere'];

/** `roster import` / `medlemsliste import`: the secretariat pastes a roster into a form. */
export const rosterCommand: CommandDefinition = {
  name: 'roster',
  aliases: ['medlemsliste'],
  summary: T.summary,
  usage: T.usage,
  requiresPerson: true,
  audience: 'secretariat',
  async run({ services, actor }, args) {
    if (!IMPORT_WORDS.includes((args[0] ?? '').toLowerCase())) return reply.message(plainMessage(t(actor.locale, T.help)));
    await assertAccess(services.db, actor.personId, { action: 'import_roster' });
    return reply.form(buildImportForm(actor.locale));
  },
};

/** The pasted roster: imported as a whole, or refused on the field with every problem and the text kept. */
export const rosterImportForm: FormDefinition = {
  formId: RosterForms.import,
  requiresPerson: true,
  async submit({ services, actor }, values) {
    await assertAccess(services.db, actor.personId, { action: 'import_roster' });
    const locale = actor.locale;
    const raw = values[ROSTER_FIELD];
    const text = (Array.isArray(raw) ? raw.join('\n') : (raw ?? '')).trim();
    const refuse = (message: string) => reply.formErrors(buildImportForm(locale, values), { [ROSTER_FIELD]: message });
    if (!text) return refuse(t(locale, T.errEmpty));
    if (text.length > ROSTER_PASTE_MAX) return refuse(t(locale, T.errTooLong));
    try {
      return reply.formDone(buildImportResult(locale, await importRosterText(services, text, actor.personId!)));
    } catch (error) {
      if (error instanceof RosterError) return refuse(buildProblemsText(locale, error.problems, error.localized));
      if (error instanceof RosterScopeError) {
        // Audited like every refusal, after the rollback, so the row stays.
        await recordAudit(services.db, {
          actorId: actor.personId,
          platform: actor.platform,
          action: ACCESS_REFUSED_AUDIT_ACTION,
          subjectType: 'permission',
          details: { permission: 'import_roster', refusal: 'outside_own_committees', entries: error.entries },
        });
        return refuse(t(locale, T.errOutside, { entries: error.entries.join(', ') }));
      }
      throw error;
    }
  },
};
