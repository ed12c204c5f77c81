import type { AppServices } from '../app/services.js';
import type { JobRegistry } from './job-registry.js';
import { reportJobFailure } from './report-job-failure.js';
import { JOB_SWEEP_INTERVAL_MS } from './tuning.js';

/**
 * Keeps Redis in step with the mirror (`ScheduledJob`): one sweep at once, awaited, then one every interval.
 * Each sweep queues every pending job Redis lacks, due or future, at its original time (a job staged by a
 * transaction whose process died before queueing it; everything after Redis lost its data), never twice; and
 * reports, once, a copy BullMQ failed on its own. Returns the function that stops it (waiting for a sweep in flight).
 */
export async function startJobSweep(services: AppServices, registry: JobRegistry, options: { intervalMs?: number } = {}): Promise<() => Promise<void>> {
  const { jobs, log } = services;
  const sweep = async (): Promise<void> => {
    const restored = await jobs.restoreScheduledJobs(registry, {
      onFailedCopy: (failure) => reportJobFailure(services, registry.get(failure.name), failure),
    });
    if (restored > 0) log.info('queued scheduled jobs from the database', { restored });
  };
  await sweep();
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = sweep()
      .catch((error: unknown) => log.warn('job sweep failed', { error }))
      .finally(() => {
        running = null;
      });
  }, options.intervalMs ?? JOB_SWEEP_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
