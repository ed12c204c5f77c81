import type { AppServices } from '../app/services.js';
import type { ImportResult } from './import-result.js';
import { importRoster } from './import-roster.js';
import { parseRosterText } from './parse-roster-file.js';

/**
 * Imports a roster pasted in chat: the same parsing and `importRoster` as `npm run import`, with the
 * committees' cycles checked against the loaded workflows. Throws a RosterError listing every problem
 * (`people[0].email: not an e-mail address`, `roster:3:7: …` for YAML syntax), or a RosterScopeError when it
 * reaches outside the importer's committees; nothing is written then.
 */
export async function importRosterText(services: AppServices, text: string, importerId: string): Promise<ImportResult> {
  const input = parseRosterText(text, 'roster');
  return importRoster(services.db, input, { cycles: services.cycles.names(), importerId });
}
