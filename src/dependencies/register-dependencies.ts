import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';

/** The dependencies capability's commands, buttons and forms. */
export function registerDependencies(registry: HandlerRegistry): void {
  void registry;
}

/** The dependencies capability's queued jobs. */
export const dependencyJobs: JobDefinition[] = [];
