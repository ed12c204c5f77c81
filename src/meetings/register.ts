import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { agendaCommand } from './handlers/agenda-command.js';
import { agendaRefreshHandler } from './jobs/agenda-refresh-handler.js';
import { cycleCommand } from './handlers/cycle-command.js';
import { meetingActions } from './handlers/meeting-actions.js';
import { meetingCommand } from './handlers/meeting-command.js';
import { meetingForms } from './handlers/meeting-form-handlers.js';
import { escalationHandler, milestoneHandler, reminderHandler } from './jobs/meeting-job-handlers.js';

/** The meetings capability's commands, buttons and forms. */
export function registerMeetings(registry: HandlerRegistry): void {
  registry.addCommand(meetingCommand);
  registry.addCommand(cycleCommand);
  registry.addCommand(agendaCommand);
  for (const action of meetingActions) registry.addAction(action);
  for (const form of meetingForms) registry.addForm(form);
}

/** How the meetings capability's queued jobs run (the worker's registry lists them). */
export const meetingJobHandlers: JobHandler[] = [milestoneHandler, reminderHandler, escalationHandler, agendaRefreshHandler];
