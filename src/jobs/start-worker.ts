import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { ZodError } from 'zod';
import type { AppServices } from '../app/services.js';
import { PlatformError } from '../channels/platform-error.js';
import { DeferJobError } from './defer-job.js';
import type { JobDefinition } from './job-definition.js';
import { QUEUE_NAME } from './queue-name.js';

/**
 * Runs every registered job. A payload that fails its schema is unrecoverable (it would fail every time);
 * a rate-limited platform call waits for the time the platform asked for; other errors are retried with
 * the definition's back-off. When a job fails for good, its mirror row says so and its `onFinalFailure` runs
 * (e.g. the secretariat is told) before the failure is handed to BullMQ.
 */
export function startWorker(services: AppServices, definitions: Map<string, JobDefinition>, connection: Redis, options: { concurrency?: number } = {}): Worker {
  const { db, log } = services;
  async function recordFinalFailure(job: Job, payload: unknown, reason: string): Promise<void> {
    if (job.id) await db.scheduledJob.updateMany({ where: { jobId: job.id }, data: { state: 'failed' } });
    await definitions.get(job.name)?.onFinalFailure?.(payload, services, reason);
  }
  const worker = new Worker(
    QUEUE_NAME,
    async (job: Job, token?: string) => {
      const definition = definitions.get(job.name);
      if (!definition) throw new UnrecoverableError(`No job definition named ${job.name}`);
      const mirror = job.id ? await db.scheduledJob.findUnique({ where: { jobId: job.id } }) : null;
      if (mirror && mirror.state !== 'pending') {
        log.info('job skipped: no longer pending', { job: job.name, jobId: job.id, state: mirror.state });
        return;
      }
      if (mirror && mirror.runAt.getTime() > services.clock().getTime() + 1000 && token) {
        // Moved while this copy waited (its removal raced with us): wait for the new time instead.
        log.info('job moved to a later time', { job: job.name, jobId: job.id });
        await job.moveToDelayed(Date.now() + (mirror.runAt.getTime() - services.clock().getTime()), token);
        throw new DelayedError();
      }
      let payload: unknown;
      try {
        // The mirror holds the latest request; a copy queued earlier may carry an older payload.
        payload = definition.schema.parse(mirror?.payload ?? job.data);
      } catch (error) {
        if (error instanceof ZodError) {
          if (job.id) await db.scheduledJob.updateMany({ where: { jobId: job.id }, data: { state: 'failed' } });
          throw new UnrecoverableError(`Invalid payload for ${job.name}: ${error.message}`);
        }
        throw error;
      }
      try {
        await definition.handle(payload, services);
      } catch (error) {
        // Not yet (a paced delivery's slot is ahead): back on the queue until then; no attempt is used.
        if (error instanceof DeferJobError && token) {
          await job.moveToDelayed(Date.now() + error.delayMs, token);
          throw new DelayedError();
        }
        // Waiting as asked does not use up an attempt, so it is bounded: a platform that keeps asking us to wait
        // ends like any other failure, and the failure is reported.
        const waitsLeft = job.attemptsStarted <= (job.opts.attempts ?? 1) * 3;
        if (error instanceof PlatformError && error.retryable && error.retryAfterMs && token && waitsLeft) {
          log.warn('platform asked us to wait', { job: job.name, jobId: job.id, retryAfterMs: error.retryAfterMs });
          await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
          throw new DelayedError();
        }
        const failure = error instanceof PlatformError && !error.retryable ? new UnrecoverableError(error.message) : error;
        const final = failure instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        // Recorded before the job is given up, inside this run: a crash now means a retry, never a silent loss.
        if (final) {
          await recordFinalFailure(job, payload, failure instanceof Error ? failure.message : String(failure)).catch((problem: unknown) =>
            log.error('could not record a job that failed for good', { job: job.name, jobId: job.id, error: problem }),
          );
        }
        throw failure;
      }
      if (!mirror) return;
      // Done only if nobody asked for the job again while it ran; a re-enqueue or move made meanwhile could
      // not replace this running copy, so this copy takes the new payload and time instead.
      const marked = await db.scheduledJob.updateMany({ where: { jobId: mirror.jobId, updatedAt: mirror.updatedAt }, data: { state: 'done' } });
      if (marked.count > 0 || !token) return;
      const again = await db.scheduledJob.findUnique({ where: { jobId: mirror.jobId } });
      if (again?.state !== 'pending') return;
      await job.updateData(again.payload);
      await job.moveToDelayed(Date.now() + Math.max(0, again.runAt.getTime() - services.clock().getTime()), token);
      throw new DelayedError();
    },
    { connection, concurrency: options.concurrency ?? 4, prefix: services.config.QUEUE_PREFIX },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    log[final ? 'error' : 'warn'](final ? 'job failed for good' : 'job failed, will retry', {
      job: job.name,
      jobId: job.id,
      attempt: job.attemptsMade,
      error: error.message,
    });
  });
  worker.on('error', (error) => log.error('worker error', { error: error.message }));
  return worker;
}
