import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { addDependencyAction, dependencyForm, editDependencyAction } from './dependency-handlers.js';
import { openReportAction, reportCommand, reportForm } from './report-handlers.js';
import { remindAllAction, remindOneAction, roundCommand } from './round-handlers.js';
import { roundEscalationJob, roundReminderJob } from './round-jobs.js';

/** The portfolio capability's commands, buttons and forms. */
export function registerPortfolio(registry: HandlerRegistry): void {
  registry.addCommand(roundCommand).addCommand(reportCommand);
  registry.addAction(openReportAction).addAction(addDependencyAction).addAction(editDependencyAction).addAction(remindOneAction).addAction(remindAllAction);
  registry.addForm(reportForm).addForm(dependencyForm);
}

/** The portfolio capability's queued jobs. */
export const portfolioJobs: JobDefinition[] = [roundReminderJob as unknown as JobDefinition, roundEscalationJob as unknown as JobDefinition];
