import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { dependencyActions, dependencyForms } from './handlers/dependency-actions.js';
import { dependencyEscalationHandler } from './jobs/dependency-escalation-handler.js';
import { dependencyReminderHandler } from './jobs/dependency-reminder-handler.js';
import { redDependenciesCommand } from './handlers/red-dependencies-command.js';
import { shareDependencyAnswerHandler } from './jobs/share-dependency-answer-handler.js';

/** The dependencies capability's commands, buttons and forms. */
export function registerDependencies(registry: HandlerRegistry): void {
  registry.addCommand(redDependenciesCommand);
  for (const action of dependencyActions) registry.addAction(action);
  for (const form of dependencyForms) registry.addForm(form);
}

/** How the dependencies capability's queued jobs run (the worker's registry lists them). */
export const dependencyJobHandlers: JobHandler[] = [dependencyReminderHandler, dependencyEscalationHandler, shareDependencyAnswerHandler];
