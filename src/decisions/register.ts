import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { decisionActions } from './handlers/decision-actions.js';
import { attendanceForm, decisionForm } from './handlers/decision-forms.js';
import { decisionsCommand } from './handlers/decisions-command.js';
import { draftMinutesReminderHandler } from './jobs/draft-minutes-handler.js';
import { followUpsCommand } from './handlers/follow-ups-command.js';
import { followUpReminderHandler } from './jobs/follow-up-reminder-handler.js';
import { publishDecisionsHandler } from './jobs/publish-decisions-handler.js';
import { searchCommand } from './handlers/search-command.js';

/** The decisions capability's commands, buttons and forms. */
export function registerDecisions(registry: HandlerRegistry): void {
  registry.addCommand(decisionsCommand).addCommand(searchCommand).addCommand(followUpsCommand);
  for (const action of decisionActions) registry.addAction(action);
  registry.addForm(decisionForm).addForm(attendanceForm);
}

/** How the decisions capability's queued jobs run (the worker's registry lists them). */
export const decisionJobHandlers: JobHandler[] = [publishDecisionsHandler, followUpReminderHandler, draftMinutesReminderHandler];
