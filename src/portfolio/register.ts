import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { addDependencyAction, dependencyForm, editDependencyAction } from '../dependencies/handlers/dependency-entry-handlers.js';
import { openReportAction, reportCommand, reportForm } from './handlers/report-handlers.js';
import { remindAllAction, remindOneAction, roundCommand } from './handlers/round-handlers.js';
import { roundEscalationJob, roundReminderJob } from './jobs/round-jobs.js';

/** The portfolio capability's commands, buttons and forms. */
export function registerPortfolio(registry: HandlerRegistry): void {
  registry.addCommand(roundCommand).addCommand(reportCommand);
  registry.addAction(openReportAction).addAction(addDependencyAction).addAction(editDependencyAction).addAction(remindOneAction).addAction(remindAllAction);
  registry.addForm(reportForm).addForm(dependencyForm);
}

/** The portfolio capability's queued jobs. */
export const portfolioJobs: JobDefinition[] = [roundReminderJob as unknown as JobDefinition, roundEscalationJob as unknown as JobDefinition];
