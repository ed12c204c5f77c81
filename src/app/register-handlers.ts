import { helpAction, helpCommand } from '../commands/help-command.js';
import { languageCommand } from '../commands/language-command.js';
import { platformCommand } from '../commands/platform-command.js';
import { confirmAskAction, confirmCancelAction } from '../conversation/confirm-actions.js';
import { HandlerRegistry } from '../conversation/handler-registry.js';
import { registerDecisions } from '../decisions/register.js';
import { registerDependencies } from '../dependencies/register.js';
import { registerDocuments } from '../documents/register.js';
import { registerHome } from '../home/register.js';
import { registerMeetings } from '../meetings/register.js';
import { registerPortfolio } from '../portfolio/register.js';
import { registerRoster } from '../roster/register.js';

/** Every command, button and form of the product, in the order `help` lists them. */
export function registerHandlers(): HandlerRegistry {
  const registry = new HandlerRegistry();
  registry.addCommand(helpCommand(registry));
  registerHome(registry);
  registerMeetings(registry);
  registerPortfolio(registry);
  registerDependencies(registry);
  registerDecisions(registry);
  registerDocuments(registry);
  registerRoster(registry);
  registry.addCommand(languageCommand).addCommand(platformCommand);
  registry.addAction(helpAction(registry));
  registry.addAction(confirmAskAction).addAction(confirmCancelAction);
  return registry;
}
