import type { HandlerRegistry } from '../conversation/handler-registry.js';
import type { JobDefinition } from '../jobs/job-definition.js';

/** The portfolio capability's commands, buttons and forms. */
export function registerPortfolio(registry: HandlerRegistry): void {
  void registry;
}

/** The portfolio capability's queued jobs. */
export const portfolioJobs: JobDefinition[] = [];
