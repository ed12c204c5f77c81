import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';

/** The meetings capability's commands, buttons and forms. */
export function registerMeetings(registry: HandlerRegistry): void {
  void registry;
}

/** The meetings capability's queued jobs. */
export const meetingJobs: JobDefinition[] = [];
