import { DelayedError, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppServices } from '../app/services.js';
import type { Db } from '../db/prisma.js';
import { PlatformError } from '../channels/platform-error.js';
import { DeferJobError } from './defer-job.js';
import type { JobRegistry } from './job-registry.js';
import { readPayload } from './job-spec.js';
import { QUEUE_NAME } from './queue-name.js';
import { reportJobFailure } from './report-job-failure.js';
import {
  MAX_STALLED_COUNT,
  MOVED_JOB_TOLERANCE_MS,
  RATE_LIMIT_WAITS_PER_ATTEMPT,
  WORKER_CONCURRENCY,
  WORKER_DRAIN_DELAY_S,
} from './tuning.js';

/**
 * Runs every registered job. A stored payload of an older version is upgraded by its spec; one that still does
 * not parse fails for good at once (it would fail every time), and is reported. A rate-limited platform call
 * waits for the time the platform asked for; other errors are retried with the spec's back-off. When a job fails
 * for good, its mirror row says so and it is reported (`reportJobFailure`) before the failure is handed to BullMQ.
 */
export function startWorker(services: AppServices, registry: JobRegistry, connection: Redis, options: { concurrency?: number } = {}): Worker {
  const { db, log } = services;
  async function recordFinalFailure(jobServices: AppServices, job: Job, payload: unknown, payloadVersion: number, reason: string): Promise<void> {
    if (job.id) await db.scheduledJob.updateMany({ where: { jobId: job.id }, data: { state: 'failed' } });
    await reportJobFailure(jobServices, registry.get(job.name), { name: job.name, jobId: job.id ?? '', payload, payloadVersion, reason });
  }
  const worker = new Worker(
    QUEUE_NAME,
    async (job: Job, token?: string) => {
      // Every line this run logs, the handler's too, names the job.
      const log = services.log.child({ jobId: job.id, job: job.name });
      const jobServices: AppServices = { ...services, log };
      const handler = registry.get(job.name);
      if (!handler) throw new UnrecoverableError(`No job handler named ${job.name}`);
      const mirror = job.id ? await readMirror(db, job.id) : null;
      // Lateness of the first run only: a job deferred for its pacing slot or a platform's wait starts again later by design.
      if (job.attemptsStarted <= 1 && job.attemptsMade === 0) {
        // A copy queued for later than its mirror says (a fan-out's delivery queued for its paced slot) is due at
        // its slot; a copy queued without delay (the sweep's, after Redis lost the job) is due when the mirror says.
        const queuedFor = job.timestamp + (job.opts.delay ?? 0);
        const dueAt = mirror ? (job.opts.delay ? Math.max(mirror.runAt.getTime(), queuedFor) : mirror.runAt.getTime()) : queuedFor;
        services.metrics?.jobLatenessSeconds.observe({ job: job.name }, Math.max(0, services.clock().getTime() - dueAt) / 1000);
      }
      if (mirror && mirror.state !== 'pending') {
        log.info('job skipped: no longer pending', { state: mirror.state });
        return;
      }
      if (mirror && mirror.runAt.getTime() > services.clock().getTime() + MOVED_JOB_TOLERANCE_MS && token) {
        // Moved while this copy waited (its removal raced with us): wait for the new time instead.
        log.info('job moved to a later time');
        await job.moveToDelayed(Date.now() + (mirror.runAt.getTime() - services.clock().getTime()), token);
        throw new DelayedError();
      }
      // The mirror holds the latest request; a copy queued earlier may carry an older payload.
      const stored = mirror?.payload ?? job.data;
      const storedVersion = mirror?.payloadVersion ?? handler.spec.version;
      let payload: unknown;
      try {
        payload = readPayload(handler.spec, stored, storedVersion);
      } catch (error) {
        const reason = `Invalid payload for ${job.name} (version ${storedVersion}): ${error instanceof Error ? error.message : String(error)}`;
        await recordFinalFailure(jobServices, job, stored, storedVersion, reason).catch((problem: unknown) =>
          log.error('could not record a job whose payload cannot be read', { error: problem }),
        );
        throw new UnrecoverableError(reason);
      }
      try {
        await handler.handle(payload, jobServices);
      } catch (error) {
        if (error instanceof PlatformError && error.reason === 'rate_limited') services.metrics?.rateLimited.inc({ platform: error.platform });
        // Not yet (a paced delivery's slot is ahead): back on the queue until then; no attempt is used.
        if (error instanceof DeferJobError && token) {
          await job.moveToDelayed(Date.now() + error.delayMs, token);
          throw new DelayedError();
        }
        // Waiting as asked does not use up an attempt, so it is bounded: a platform that keeps asking us to wait
        // ends like any other failure, and the failure is reported.
        const waitsLeft = job.attemptsStarted <= (job.opts.attempts ?? 1) * RATE_LIMIT_WAITS_PER_ATTEMPT;
        if (error instanceof PlatformError && error.retryable && error.retryAfterMs && token && waitsLeft) {
          log.warn('platform asked us to wait', { retryAfterMs: error.retryAfterMs });
          await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
          throw new DelayedError();
        }
        const failure = error instanceof PlatformError && !error.retryable ? new UnrecoverableError(error.message) : error;
        const final = failure instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        // Recorded before the job is given up, inside this run: a crash now means a retry, never a silent loss.
        if (final) {
          await recordFinalFailure(jobServices, job, payload, handler.spec.version, failure instanceof Error ? failure.message : String(failure)).catch((problem: unknown) =>
            log.error('could not record a job that failed for good', { error: problem }),
          );
        }
        throw failure;
      }
      if (!mirror) return;
      // Done only if nobody asked for the job again while it ran; a re-enqueue or move made meanwhile could
      // not replace this running copy, so this copy takes the new payload and time instead.
      const marked = await markDone(db, mirror);
      if (marked || !token) return;
      const again = await db.scheduledJob.findUnique({ where: { jobId: mirror.jobId } });
      if (again?.state !== 'pending') return;
      await job.updateData(again.payload);
      await job.moveToDelayed(Date.now() + Math.max(0, again.runAt.getTime() - services.clock().getTime()), token);
      throw new DelayedError();
    },
    {
      connection,
      prefix: services.config.QUEUE_PREFIX,
      concurrency: options.concurrency ?? WORKER_CONCURRENCY,
      drainDelay: WORKER_DRAIN_DELAY_S,
      lockDuration: services.config.JOB_LOCK_MS,
      stalledInterval: services.config.JOB_LOCK_MS,
      maxStalledCount: MAX_STALLED_COUNT,
    },
  );
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    services.metrics?.jobFailures.inc({ job: job.name, final: String(final) });
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

/** The mirror row as the worker needs it. */
interface Mirror {
  jobId: string;
  state: string;
  runAt: Date;
  payload: unknown;
  payloadVersion: number;
  updatedAt: Date;
}

// The two queries every job makes are plain SQL: through the query builder each cost several times more CPU, and
// on a busy machine that alone made 100 jobs falling due together start seconds late (see test/integration/jobs/on-time.test.ts).

async function readMirror(db: Db, jobId: string): Promise<Mirror | null> {
  const rows = await db.$queryRaw<Mirror[]>`
    SELECT "jobId", "state"::text AS "state", "runAt", "payload", "payloadVersion", "updatedAt" FROM "ScheduledJob" WHERE "jobId" = ${jobId}`;
  return rows[0] ?? null;
}

/** Done only if the row was not asked for again since it was read (its `updatedAt` unchanged). */
async function markDone(db: Db, mirror: Mirror): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "ScheduledJob" SET "state" = 'done', "updatedAt" = ${new Date()} WHERE "jobId" = ${mirror.jobId} AND "updatedAt" = ${mirror.updatedAt}`;
  return count > 0;
}
