import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { openReportAction, reportForm } from './handlers/open-report.js';
import { remindAllAction } from './handlers/remind-all.js';
import { remindOneAction } from './handlers/remind-one.js';
import { reportCommand } from './handlers/report-command.js';
import { roundCommand } from './handlers/round-command.js';
import { roundEscalationJob, roundReminderJob } from './jobs/round-jobs.js';

/** The portfolio capability's commands, buttons and forms (entering dependencies is registered by dependencies/). */
export function registerPortfolio(registry: HandlerRegistry): void {
  registry.addCommand(roundCommand).addCommand(reportCommand);
  registry.addAction(openReportAction).addAction(remindOneAction).addAction(remindAllAction);
  registry.addForm(reportForm);
}

/** The portfolio capability's queued jobs. */
export const portfolioJobs: JobDefinition[] = [roundReminderJob as unknown as JobDefinition, roundEscalationJob as unknown as JobDefinition];
