import { helpCommand } from '../commands/help-command.js';
import { languageCommand } from '../commands/language-command.js';
import { HandlerRegistry } from '../conversation/handler-registry.js';

/** Every command, button and form of the product, in the order `help` lists them. */
export function registerHandlers(): HandlerRegistry {
  const registry = new HandlerRegistry();
  registry.addCommand(helpCommand(registry));
  registry.addCommand(languageCommand);
  return registry;
}
