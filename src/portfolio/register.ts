import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { closeRoundAction, reopenRoundAction } from './handlers/close-round.js';
import { openReportAction, reportForm } from './handlers/open-report.js';
import { remindAllAction } from './handlers/remind-all.js';
import { remindOneAction } from './handlers/remind-one.js';
import { reportCommand } from './handlers/report-command.js';
import { roundCommand } from './handlers/round-command.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { roundEscalationHandler, roundReminderHandler } from './jobs/round-job-handlers.js';
import { reportPromptsHandler } from './jobs/report-prompts-handler.js';

/** The portfolio capability's commands, buttons and forms (entering dependencies is registered by dependencies/). */
export function registerPortfolio(registry: HandlerRegistry): void {
  registry.addCommand(roundCommand).addCommand(reportCommand);
  registry.addAction(openReportAction).addAction(remindOneAction).addAction(remindAllAction);
  registry.addAction(closeRoundAction).addAction(reopenRoundAction);
  registry.addForm(reportForm);
}

/** How the portfolio capability's queued jobs run (the worker's registry lists them). */
export const portfolioJobHandlers: JobHandler[] = [roundReminderHandler, roundEscalationHandler, reportPromptsHandler];
