import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { rosterCommand, rosterImportForm } from './handlers/import-roster.js';
import { peopleSearch, providerSearch } from './handlers/search-roster.js';

/** The roster import from chat, for the secretariat (the file import is `npm run import`), and the pickers' searches. */
export function registerRoster(registry: HandlerRegistry): void {
  registry.addCommand(rosterCommand).addForm(rosterImportForm).addSearch(peopleSearch).addSearch(providerSearch);
}
