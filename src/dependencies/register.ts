import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { dependencyActions, dependencyForms } from './handlers/dependency-actions.js';
import { dependencyEscalationJob } from './jobs/dependency-escalation-job.js';
import { dependencyReminderJob } from './jobs/dependency-reminder-job.js';
import { redDependenciesCommand } from './handlers/red-dependencies-command.js';
import { shareDependencyAnswerJob } from './jobs/share-dependency-answer-job.js';

/** The dependencies capability's commands, buttons and forms. */
export function registerDependencies(registry: HandlerRegistry): void {
  registry.addCommand(redDependenciesCommand);
  for (const action of dependencyActions) registry.addAction(action);
  for (const form of dependencyForms) registry.addForm(form);
}

/** The dependencies capability's queued jobs. */
export const dependencyJobs: JobDefinition[] = [
  dependencyReminderJob as unknown as JobDefinition,
  dependencyEscalationJob as unknown as JobDefinition,
  shareDependencyAnswerJob as unknown as JobDefinition,
];
