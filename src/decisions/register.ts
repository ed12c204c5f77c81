import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { decisionsCommand } from './handlers/decisions-command.js';
import { followUpDoneAction } from './handlers/follow-up-done.js';
import { followUpsCommand } from './handlers/follow-ups-command.js';
import { publishDecisionsAction } from './handlers/publish-decisions.js';
import { attendanceForm, recordAttendanceAction } from './handlers/record-attendance.js';
import { decisionForm, recordDecisionAction } from './handlers/record-decision.js';
import { searchCommand } from './handlers/search-command.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { attendanceSummaryHandler } from './jobs/attendance-summary-handler.js';
import { decisionCorrectedHandler } from './jobs/decision-corrected-handler.js';
import { draftMinutesReminderHandler } from './jobs/draft-minutes-handler.js';
import { followUpReminderHandler } from './jobs/follow-up-reminder-handler.js';
import { overviewCopiesHandler } from './jobs/overview-copies-handler.js';
import { publishDecisionsHandler } from './jobs/publish-decisions-handler.js';

/** The decisions capability's commands, buttons and forms: one handler file per command or card verb. */
export function registerDecisions(registry: HandlerRegistry): void {
  registry.addCommand(decisionsCommand).addCommand(searchCommand).addCommand(followUpsCommand);
  for (const action of [recordDecisionAction, recordAttendanceAction, publishDecisionsAction, followUpDoneAction]) registry.addAction(action);
  registry.addForm(decisionForm).addForm(attendanceForm);
}

/** How the decisions capability's queued jobs run (the worker's registry lists them). */
export const decisionJobHandlers: JobHandler[] = [publishDecisionsHandler, followUpReminderHandler, draftMinutesReminderHandler, overviewCopiesHandler, decisionCorrectedHandler, attendanceSummaryHandler];
