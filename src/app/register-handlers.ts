import { helpCommand } from '../commands/help-command.js';
import { languageCommand } from '../commands/language-command.js';
import { HandlerRegistry } from '../conversation/handler-registry.js';
import { registerDecisions } from '../decisions/register-decisions.js';
import { registerDependencies } from '../dependencies/register-dependencies.js';
import { registerMeetings } from '../meetings/register-meetings.js';
import { registerPortfolio } from '../portfolio/register-portfolio.js';
import { registerRoster } from '../roster/register-roster.js';

/** Every command, button and form of the product, in the order `help` lists them. */
export function registerHandlers(): HandlerRegistry {
  const registry = new HandlerRegistry();
  registry.addCommand(helpCommand(registry));
  registerMeetings(registry);
  registerPortfolio(registry);
  registerDependencies(registry);
  registerDecisions(registry);
  registerRoster(registry);
  registry.addCommand(languageCommand);
  return registry;
}
