import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { decisionActions } from './handlers/decision-actions.js';
import { attendanceForm, decisionForm } from './handlers/decision-forms.js';
import { decisionsCommand } from './handlers/decisions-command.js';
import { draftMinutesReminderJob } from './jobs/draft-minutes-job.js';
import { followUpsCommand } from './handlers/follow-ups-command.js';
import { followUpReminderJob } from './jobs/follow-up-reminder-job.js';
import { publishDecisionsJob } from './jobs/publish-decisions-job.js';
import { searchCommand } from './handlers/search-command.js';

/** The decisions capability's commands, buttons and forms. */
export function registerDecisions(registry: HandlerRegistry): void {
  registry.addCommand(decisionsCommand).addCommand(searchCommand).addCommand(followUpsCommand);
  for (const action of decisionActions) registry.addAction(action);
  registry.addForm(decisionForm).addForm(attendanceForm);
}

/** The decisions capability's queued jobs. */
export const decisionJobs: JobDefinition[] = [publishDecisionsJob, followUpReminderJob, draftMinutesReminderJob] as unknown as JobDefinition[];
