import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { rosterCommand, rosterImportForm } from './handlers/import-roster.js';

/** The roster import from chat, for the secretariat (the file import is `npm run import`). */
export function registerRoster(registry: HandlerRegistry): void {
  registry.addCommand(rosterCommand).addForm(rosterImportForm);
}
