import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobHandler } from '../jobs/job-handler.js';
import { calendarCommand } from './handlers/calendar-command.js';
import { minutesCommand } from './handlers/minutes-command.js';
import { minutesHandler } from './jobs/minutes-handler.js';
import { noticeHandler } from './jobs/notice-handler.js';

/** The documents capability's commands. */
export function registerDocuments(registry: HandlerRegistry): void {
  registry.addCommand(minutesCommand);
  registry.addCommand(calendarCommand);
}

/** How the documents capability's queued jobs run. */
export const documentJobHandlers: JobHandler[] = [noticeHandler, minutesHandler];
