import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';
import { agendaCommand } from './handlers/agenda-command.js';
import { agendaRefreshJob } from './jobs/agenda-refresh-job.js';
import { cycleCommand } from './handlers/cycle-command.js';
import { meetingActions } from './handlers/meeting-actions.js';
import { meetingCommand } from './handlers/meeting-command.js';
import { meetingForms } from './handlers/meeting-form-handlers.js';
import { escalationJob, milestoneJob, reminderJob } from './jobs/meeting-jobs.js';

/** The meetings capability's commands, buttons and forms. */
export function registerMeetings(registry: HandlerRegistry): void {
  registry.addCommand(meetingCommand);
  registry.addCommand(cycleCommand);
  registry.addCommand(agendaCommand);
  for (const action of meetingActions) registry.addAction(action);
  for (const form of meetingForms) registry.addForm(form);
}

/** The meetings capability's queued jobs. */
export const meetingJobs: JobDefinition[] = [milestoneJob, reminderJob, escalationJob, agendaRefreshJob] as unknown as JobDefinition[];
