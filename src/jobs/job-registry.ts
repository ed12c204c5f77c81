import { decisionJobHandlers } from '../decisions/register.js';
import { dependencyJobHandlers } from '../dependencies/register.js';
import { documentJobHandlers } from '../documents/register.js';
import { expireFileHandler } from '../files/jobs/expire-file-handler.js';
import { meetingJobHandlers } from '../meetings/register.js';
import { deliverHandler } from '../outbox/jobs/deliver-handler.js';
import { fanOutHandler } from '../outbox/jobs/fan-out-handler.js';
import { portfolioJobHandlers } from '../portfolio/register.js';
import type { JobHandler } from './job-handler.js';

/** The handlers the worker runs, by job name. */
export type JobRegistry = ReadonlyMap<string, JobHandler>;

/** Every job the worker runs. A job that is not listed here fails loudly instead of being dropped. */
export const jobHandlers: JobHandler[] = [deliverHandler, fanOutHandler, ...meetingJobHandlers, ...portfolioJobHandlers, ...dependencyJobHandlers, ...decisionJobHandlers, ...documentJobHandlers, expireFileHandler];

export function jobRegistry(handlers: JobHandler[] = jobHandlers): JobRegistry {
  const map = new Map<string, JobHandler>();
  for (const handler of handlers) {
    if (map.has(handler.spec.name)) throw new Error(`Job ${handler.spec.name} is registered twice`);
    map.set(handler.spec.name, handler);
  }
  return map;
}
