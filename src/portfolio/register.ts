import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { addDependencyAction, dependencyForm, editDependencyAction } from '../dependencies/handlers/dependency-entry-handlers.js';
import { openReportAction, reportCommand, reportForm } from './handlers/report-handlers.js';
import { remindAllAction, remindOneAction, roundCommand } from './handlers/round-handlers.js';
import { roundEscalationHandler, roundReminderHandler } from './jobs/round-job-handlers.js';

/** The portfolio capability's commands, buttons and forms. */
export function registerPortfolio(registry: HandlerRegistry): void {
  registry.addCommand(roundCommand).addCommand(reportCommand);
  registry.addAction(openReportAction).addAction(addDependencyAction).addAction(editDependencyAction).addAction(remindOneAction).addAction(remindAllAction);
  registry.addForm(reportForm).addForm(dependencyForm);
}

/** How the portfolio capability's queued jobs run (the worker's registry lists them). */
export const portfolioJobHandlers: JobHandler[] = [roundReminderHandler, roundEscalationHandler];
