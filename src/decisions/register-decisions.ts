import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { decisionActions } from './decision-actions.js';
import { attendanceForm, decisionForm } from './decision-forms.js';
import { decisionsCommand } from './decisions-command.js';
import { draftMinutesReminderJob } from './draft-minutes-job.js';
import { followUpsCommand } from './follow-ups-command.js';
import { followUpReminderJob } from './follow-up-reminder-job.js';
import { publishDecisionsJob } from './publish-decisions-job.js';
import { searchCommand } from './search-command.js';

/** The decisions capability's commands, buttons and forms. */
export function registerDecisions(registry: HandlerRegistry): void {
  registry.addCommand(decisionsCommand).addCommand(searchCommand).addCommand(followUpsCommand);
  for (const action of decisionActions) registry.addAction(action);
  registry.addForm(decisionForm).addForm(attendanceForm);
}

/** The decisions capability's queued jobs. */
export const decisionJobs: JobDefinition[] = [publishDecisionsJob, followUpReminderJob, draftMinutesReminderJob] as unknown as JobDefinition[];
