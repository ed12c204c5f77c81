import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { decisionsCommand } from './handlers/decisions-command.js';
import { followUpDoneAction } from './handlers/follow-up-done.js';
import { followUpsCommand } from './handlers/follow-ups-command.js';
import { publishDecisionsAction } from './handlers/publish-decisions.js';
import { attendanceForm, recordAttendanceAction } from './handlers/record-attendance.js';
import { decisionForm, recordDecisionAction } from './handlers/record-decision.js';
import { searchCommand } from './handlers/search-command.js';
import { draftMinutesReminderJob } from './jobs/draft-minutes-job.js';
import { followUpReminderJob } from './jobs/follow-up-reminder-job.js';
import { publishDecisionsJob } from './jobs/publish-decisions-job.js';

/** The decisions capability's commands, buttons and forms: one handler file per command or card verb. */
export function registerDecisions(registry: HandlerRegistry): void {
  registry.addCommand(decisionsCommand).addCommand(searchCommand).addCommand(followUpsCommand);
  for (const action of [recordDecisionAction, recordAttendanceAction, publishDecisionsAction, followUpDoneAction]) registry.addAction(action);
  registry.addForm(decisionForm).addForm(attendanceForm);
}

/** The decisions capability's queued jobs. */
export const decisionJobs: JobDefinition[] = [publishDecisionsJob, followUpReminderJob, draftMinutesReminderJob] as unknown as JobDefinition[];
