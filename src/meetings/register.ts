import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { agendaCommand } from './handlers/agenda-command.js';
import { attendingAction, deputyAction, deputyForm, notAttendingAction } from './handlers/answer-invitation.js';
import { cancelMeetingAction, cancelMeetingForm } from './handlers/cancel-meeting.js';
import { agendaRefreshHandler } from './jobs/agenda-refresh-handler.js';
import { cycleCommand } from './handlers/cycle-command.js';
import { distributeNowAction } from './handlers/distribute-now.js';
import { meetingCommand } from './handlers/meeting-command.js';
import { meetingsCommand } from './handlers/meetings-command.js';
import { moveItemDownAction, moveItemUpAction, removeItemAction } from './handlers/move-item.js';
import { moveMeetingAction, moveMeetingForm } from './handlers/move-meeting.js';
import { planMeetingForm } from './handlers/plan-meeting.js';
import { addItemAction, editItemAction, itemForm } from './handlers/save-item.js';
import { showStatusAction } from './handlers/show-status.js';
import { paperForm, submitPaperAction } from './handlers/submit-paper.js';
import { escalationHandler, milestoneHandler, reminderHandler } from './jobs/meeting-job-handlers.js';

/** The meetings capability's commands, buttons and forms: one handler file per command or card verb. */
export function registerMeetings(registry: HandlerRegistry): void {
  registry.addCommand(meetingCommand);
  registry.addCommand(meetingsCommand);
  registry.addCommand(cycleCommand);
  registry.addCommand(agendaCommand);
  for (const action of [
    showStatusAction,
    addItemAction,
    editItemAction,
    moveItemUpAction,
    moveItemDownAction,
    removeItemAction,
    distributeNowAction,
    moveMeetingAction,
    cancelMeetingAction,
    submitPaperAction,
    attendingAction,
    notAttendingAction,
    deputyAction,
  ]) {
    registry.addAction(action);
  }
  for (const form of [planMeetingForm, moveMeetingForm, cancelMeetingForm, itemForm, paperForm, deputyForm]) registry.addForm(form);
}

/** How the meetings capability's queued jobs run (the worker's registry lists them). */
export const meetingJobHandlers: JobHandler[] = [milestoneHandler, reminderHandler, escalationHandler, agendaRefreshHandler];
