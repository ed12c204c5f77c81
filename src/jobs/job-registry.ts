import { decisionJobs } from '../decisions/register.js';
import { dependencyJobs } from '../dependencies/register.js';
import { meetingJobs } from '../meetings/register.js';
import { deliverJob } from '../outbox/jobs/deliver-job.js';
import { fanOutJob } from '../outbox/jobs/fan-out-job.js';
import { portfolioJobs } from '../portfolio/register.js';
import type { JobDefinition } from './job-definition.js';

/** Every job the worker runs. A job that is not listed here fails loudly instead of being dropped. */
export const jobDefinitions: JobDefinition[] = [deliverJob as unknown as JobDefinition, fanOutJob as unknown as JobDefinition, ...meetingJobs, ...portfolioJobs, ...dependencyJobs, ...decisionJobs];

export function jobRegistry(definitions: JobDefinition[] = jobDefinitions): Map<string, JobDefinition> {
  const map = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (map.has(definition.name)) throw new Error(`Job ${definition.name} is registered twice`);
    map.set(definition.name, definition);
  }
  return map;
}
