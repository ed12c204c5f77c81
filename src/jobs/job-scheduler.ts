import type { Queue } from 'bullmq';
import type { z } from 'zod';
import type { Db, DbTx } from '../db/prisma.js';
import type { JobDefinition } from './job-definition.js';

export interface EnqueueOptions {
  /** When the job should run; now when absent. */
  runAt?: Date;
}

/**
 * Puts jobs on the queue. Every job with a run time is mirrored in the `ScheduledJob` table first, so a
 * Redis that lost its data is refilled from the database at start (`restoreScheduledJobs`), and a
 * cancelled or moved job is never run from a stale copy: the worker checks the mirror before running.
 */
export class JobScheduler {
  constructor(
    private readonly queue: Queue,
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Queues a job once. The same payload gives the same id, so a second call for work that is pending or
   * already done changes nothing; a job that was cancelled or failed for good is queued afresh.
   */
  async enqueue<S extends z.ZodType>(definition: JobDefinition<S>, payload: z.infer<S>, options: EnqueueOptions = {}): Promise<string> {
    const data = definition.schema.parse(payload) as z.infer<S>;
    const jobId = definition.jobId(data);
    const existing = await this.db.scheduledJob.findUnique({ where: { jobId } });
    if (existing?.state === 'done') return jobId;
    const runAt = options.runAt ?? this.clock();
    // A cancelled or failed job, or a pending one asked for at another time: the old copy goes first.
    if (existing && (existing.state !== 'pending' || existing.runAt.getTime() !== runAt.getTime())) await this.removeFromQueue(jobId);
    return this.write(definition, jobId, data, runAt);
  }

  /**
   * Records a job inside the caller's transaction, so it exists exactly when the change that needs it does.
   * Call `enqueue` with the same payload after the commit; if the process dies first, the periodic
   * restore (`restoreScheduledJobs`) queues it.
   */
  async stage<S extends z.ZodType>(tx: DbTx, definition: JobDefinition<S>, payload: z.infer<S>, runAt: Date = this.clock()): Promise<string> {
    const data = definition.schema.parse(payload) as z.infer<S>;
    const jobId = definition.jobId(data);
    const subject = definition.subject?.(data);
    await tx.scheduledJob.upsert({
      where: { jobId },
      create: { jobId, name: definition.name, payload: data as object, runAt, state: 'pending', subjectType: subject?.type ?? definition.name, subjectId: subject?.id ?? jobId },
      update: {},
    });
    return jobId;
  }

  /**
   * `stage` for many jobs in one statement (a fan-out batch, a new meeting's cycle): the same rows, written
   * with `createMany … skipDuplicates`, so a job already recorded is left as it is.
   */
  async stageMany<S extends z.ZodType>(tx: DbTx, definition: JobDefinition<S>, jobs: { payload: z.infer<S>; runAt?: Date }[]): Promise<string[]> {
    const rows = jobs.map(({ payload, runAt }) => {
      const data = definition.schema.parse(payload) as z.infer<S>;
      const jobId = definition.jobId(data);
      const subject = definition.subject?.(data);
      return { jobId, name: definition.name, payload: data as object, runAt: runAt ?? this.clock(), state: 'pending' as const, subjectType: subject?.type ?? definition.name, subjectId: subject?.id ?? jobId };
    });
    if (rows.length > 0) await tx.scheduledJob.createMany({ data: rows, skipDuplicates: true });
    return rows.map((row) => row.jobId);
  }

  /** Moves a job to a new time (or runs it again when it already ran): the old copy in Redis is replaced, never duplicated. */
  async reschedule<S extends z.ZodType>(definition: JobDefinition<S>, payload: z.infer<S>, runAt: Date): Promise<string> {
    const data = definition.schema.parse(payload) as z.infer<S>;
    const jobId = definition.jobId(data);
    await this.removeFromQueue(jobId);
    return this.write(definition, jobId, data, runAt);
  }

  private async write(definition: JobDefinition, jobId: string, data: unknown, runAt: Date): Promise<string> {
    const subject = definition.subject?.(data);
    await this.db.scheduledJob.upsert({
      where: { jobId },
      create: {
        jobId,
        name: definition.name,
        payload: data as object,
        runAt,
        state: 'pending',
        subjectType: subject?.type ?? definition.name,
        subjectId: subject?.id ?? jobId,
      },
      update: { payload: data as object, runAt, state: 'pending' },
    });
    await this.addToQueue(definition.name, jobId, data, runAt, definition);
    // A running copy that finished between our removal attempt and the add kept the id, so the add was a
    // no-op: replace that finished copy now rather than wait for the sweep.
    const state = await this.queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      await this.removeFromQueue(jobId);
      await this.addToQueue(definition.name, jobId, data, runAt, definition);
    }
    return jobId;
  }

  async cancel(jobId: string): Promise<void> {
    await this.db.scheduledJob.updateMany({ where: { jobId, state: 'pending' }, data: { state: 'cancelled' } });
    await this.removeFromQueue(jobId);
  }

  async cancelBySubject(subjectType: string, subjectId: string): Promise<number> {
    const pending = await this.db.scheduledJob.findMany({ where: { subjectType, subjectId, state: 'pending' } });
    for (const job of pending) await this.cancel(job.jobId);
    return pending.length;
  }

  /**
   * Re-adds every pending mirrored job whose copy Redis no longer has (after a Redis loss, or a crash
   * between a transaction that staged a job and its queueing). A finished copy still held under the id is
   * replaced only if the job was asked for again after it finished; a copy BullMQ failed on its own (e.g.
   * stalled too often) marks the row failed and runs the definition's `onFinalFailure`, once.
   * `dueOnly` limits the scan to jobs whose time has come (the periodic sweep; start-up scans all).
   */
  async restoreScheduledJobs(
    definitions: Map<string, JobDefinition>,
    options: { dueOnly?: boolean; onFinalFailure?: (definition: JobDefinition, payload: unknown, reason: string) => Promise<void> } = {},
  ): Promise<number> {
    const pending = await this.db.scheduledJob.findMany({
      where: { state: 'pending', ...(options.dueOnly ? { runAt: { lte: this.clock() } } : {}) },
    });
    let restored = 0;
    for (const row of pending) {
      const definition = definitions.get(row.name);
      if (!definition) continue;
      const existing = await this.queue.getJob(row.jobId);
      if (existing) {
        const state = await existing.getState();
        if (state !== 'completed' && state !== 'failed') continue;
        const askedAgain = (existing.finishedOn ?? 0) < row.updatedAt.getTime();
        if (!askedAgain) {
          const finished = await this.db.scheduledJob.updateMany({
            where: { jobId: row.jobId, state: 'pending', updatedAt: row.updatedAt },
            data: { state: state === 'completed' ? 'done' : 'failed' },
          });
          if (finished.count > 0 && state === 'failed') await options.onFinalFailure?.(definition, row.payload, existing.failedReason ?? 'failed');
          continue;
        }
        await this.removeFromQueue(row.jobId);
      }
      await this.addToQueue(row.name, row.jobId, row.payload, row.runAt, definition);
      restored += 1;
    }
    return restored;
  }

  private async addToQueue(name: string, jobId: string, data: unknown, runAt: Date, definition: JobDefinition): Promise<void> {
    const delay = Math.max(0, runAt.getTime() - this.clock().getTime());
    await this.queue.add(name, data, {
      jobId,
      delay,
      attempts: definition.attempts,
      backoff: { type: 'exponential', delay: definition.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
  }

  private async removeFromQueue(jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (!job) return;
    try {
      await job.remove();
    } catch {
      // A job that is running right now cannot be removed; its handler re-checks the mirror and stops.
    }
  }
}
