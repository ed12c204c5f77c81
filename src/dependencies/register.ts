import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { addDependencyAction } from './handlers/add-dependency.js';
import { answerDependencyActions } from './handlers/answer-dependency.js';
import { dependencyForm, editDependencyAction } from './handlers/edit-dependency.js';
import { redDependenciesCommand } from './handlers/red-dependencies-command.js';
import { snoozeAction, snoozeFormHandler } from './handlers/snooze-dependency.js';
import { stillRedAction, stillRedFormHandler } from './handlers/still-red.js';
import { dependencyEscalationJob } from './jobs/dependency-escalation-job.js';
import { dependencyReminderJob } from './jobs/dependency-reminder-job.js';
import { shareDependencyAnswerJob } from './jobs/share-dependency-answer-job.js';

/** The dependencies capability's commands, buttons and forms. */
export function registerDependencies(registry: HandlerRegistry): void {
  registry.addCommand(redDependenciesCommand);
  registry.addAction(addDependencyAction).addAction(editDependencyAction).addForm(dependencyForm);
  registry.addAction(stillRedAction).addForm(stillRedFormHandler);
  for (const action of answerDependencyActions) registry.addAction(action);
  registry.addAction(snoozeAction).addForm(snoozeFormHandler);
}

/** The dependencies capability's queued jobs. */
export const dependencyJobs: JobDefinition[] = [
  dependencyReminderJob as unknown as JobDefinition,
  dependencyEscalationJob as unknown as JobDefinition,
  shareDependencyAnswerJob as unknown as JobDefinition,
];
