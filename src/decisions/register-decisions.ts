import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';

/** The decisions capability's commands, buttons and forms. */
export function registerDecisions(registry: HandlerRegistry): void {
  void registry;
}

/** The decisions capability's queued jobs. */
export const decisionJobs: JobDefinition[] = [];
