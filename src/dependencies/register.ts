import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { addDependencyAction } from './handlers/add-dependency.js';
import { answerDependencyActions } from './handlers/answer-dependency.js';
import { dependencyForm, editDependencyAction } from './handlers/edit-dependency.js';
import { redDependenciesCommand } from './handlers/red-dependencies-command.js';
import { snoozeAction, snoozeFormHandler } from './handlers/snooze-dependency.js';
import { stillRedAction, stillRedFormHandler } from './handlers/still-red.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { dependencyEscalationHandler } from './jobs/dependency-escalation-handler.js';
import { dependencyReminderHandler } from './jobs/dependency-reminder-handler.js';
import { shareDependencyAnswerHandler } from './jobs/share-dependency-answer-handler.js';

/** The dependencies capability's commands, buttons and forms. */
export function registerDependencies(registry: HandlerRegistry): void {
  registry.addCommand(redDependenciesCommand);
  registry.addAction(addDependencyAction).addAction(editDependencyAction).addForm(dependencyForm);
  registry.addAction(stillRedAction).addForm(stillRedFormHandler);
  for (const action of answerDependencyActions) registry.addAction(action);
  registry.addAction(snoozeAction).addForm(snoozeFormHandler);
}

/** How the dependencies capability's queued jobs run (the worker's registry lists them). */
export const dependencyJobHandlers: JobHandler[] = [dependencyReminderHandler, dependencyEscalationHandler, shareDependencyAnswerHandler];
