import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import type { Db, DbTx } from '../db/prisma.js';
import type { JobSpec } from './job-spec.js';
import { KEEP_COMPLETED, KEEP_FAILED, SWEEP_BATCH_SIZE } from './tuning.js';

export interface EnqueueOptions {
  /** When the job should run; now when absent. */
  runAt?: Date;
}

/** A pending mirror row the restore found failed in BullMQ (outside our worker, e.g. stalled too often). */
export interface FailedCopy {
  name: string;
  jobId: string;
  payload: unknown;
  payloadVersion: number;
  reason: string;
}

/**
 * Puts jobs on the queue. Every job is mirrored in the `ScheduledJob` table first, with its payload's version,
 * so a Redis that lost its data is refilled from the database (`restoreScheduledJobs`, run by the sweep), and a
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
  async enqueue<S extends z.ZodType>(spec: JobSpec<S>, payload: z.infer<S>, options: EnqueueOptions = {}): Promise<string> {
    const data = spec.schema.parse(payload) as z.infer<S>;
    const jobId = spec.jobId(data);
    const existing = await this.db.scheduledJob.findUnique({ where: { jobId } });
    if (existing?.state === 'done') return jobId;
    const runAt = options.runAt ?? this.clock();
    // A cancelled or failed job, or a pending one asked for at another time: the old copy goes first.
    if (existing && (existing.state !== 'pending' || existing.runAt.getTime() !== runAt.getTime())) await this.removeFromQueue(jobId);
    return this.write(spec, jobId, data, runAt);
  }

  /**
   * Records a job inside the caller's transaction, so it exists exactly when the change that needs it does.
   * Call `enqueue` with the same payload after the commit; if the process dies first, the sweep queues it.
   */
  async stage<S extends z.ZodType>(tx: DbTx, spec: JobSpec<S>, payload: z.infer<S>, runAt: Date = this.clock(), options: { again?: boolean } = {}): Promise<string> {
    const data = spec.schema.parse(payload) as z.infer<S>;
    const jobId = spec.jobId(data);
    // `again`: a job whose id is reused (one per subject, run after each change) is asked for anew even if it ran.
    const update = options.again ? { payload: data as object, payloadVersion: spec.version, runAt, state: 'pending' as const } : {};
    await tx.scheduledJob.upsert({ where: { jobId }, create: this.mirrorRow(spec, jobId, data, runAt), update });
    return jobId;
  }

  /**
   * `stage` for many jobs in one statement (a fan-out batch, a new meeting's cycle): the same rows, written
   * with `createMany … skipDuplicates`, so a job already recorded is left as it is.
   */
  async stageMany<S extends z.ZodType>(tx: DbTx, spec: JobSpec<S>, jobs: { payload: z.infer<S>; runAt?: Date }[]): Promise<string[]> {
    const rows = jobs.map(({ payload, runAt }) => {
      const data = spec.schema.parse(payload) as z.infer<S>;
      return this.mirrorRow(spec, spec.jobId(data), data, runAt ?? this.clock());
    });
    if (rows.length > 0) await tx.scheduledJob.createMany({ data: rows, skipDuplicates: true });
    return rows.map((row) => row.jobId);
  }

  /**
   * Queues jobs that `stageMany` has just recorded in a committed transaction as new rows (a fan-out batch's fresh
   * deliveries): one `addBulk`, without reading each mirror row again. Only for ids that did not exist before
   * that transaction, so there is no older copy to replace; BullMQ leaves an id it already holds as it is, and
   * what a crash leaves unqueued the sweep queues, as for `enqueue`.
   */
  async enqueueStagedMany<S extends z.ZodType>(spec: JobSpec<S>, jobs: { payload: z.infer<S>; runAt?: Date }[]): Promise<string[]> {
    const bulk = jobs.map(({ payload, runAt }) => {
      const data = spec.schema.parse(payload) as z.infer<S>;
      const jobId = spec.jobId(data);
      return { name: spec.name, data, opts: this.jobOptions(spec, jobId, runAt ?? this.clock()) };
    });
    if (bulk.length > 0) await this.queue.addBulk(bulk);
    return bulk.map((job) => job.opts.jobId);
  }

  /** Moves a job to a new time (or runs it again when it already ran): the old copy in Redis is replaced, never duplicated. */
  async reschedule<S extends z.ZodType>(spec: JobSpec<S>, payload: z.infer<S>, runAt: Date): Promise<string> {
    const data = spec.schema.parse(payload) as z.infer<S>;
    const jobId = spec.jobId(data);
    await this.removeFromQueue(jobId);
    return this.write(spec, jobId, data, runAt);
  }

  private mirrorRow(spec: JobSpec, jobId: string, data: unknown, runAt: Date) {
    const subject = spec.subject?.(data);
    return {
      jobId,
      name: spec.name,
      payload: data as object,
      payloadVersion: spec.version,
      runAt,
      state: 'pending' as const,
      subjectType: subject?.type ?? spec.name,
      subjectId: subject?.id ?? jobId,
    };
  }

  private async write(spec: JobSpec, jobId: string, data: unknown, runAt: Date): Promise<string> {
    await this.db.scheduledJob.upsert({
      where: { jobId },
      create: this.mirrorRow(spec, jobId, data, runAt),
      update: { payload: data as object, payloadVersion: spec.version, runAt, state: 'pending' },
    });
    await this.queue.add(spec.name, data, this.jobOptions(spec, jobId, runAt));
    // A running copy that finished between our removal attempt and the add kept the id, so the add was a
    // no-op: replace that finished copy now rather than wait for the sweep.
    const state = await this.queue.getJobState(jobId);
    if (state === 'completed' || state === 'failed') {
      await this.removeFromQueue(jobId);
      await this.queue.add(spec.name, data, this.jobOptions(spec, jobId, runAt));
    }
    return jobId;
  }

  async cancel(jobId: string): Promise<void> {
    await this.db.scheduledJob.updateMany({ where: { jobId, state: 'pending' }, data: { state: 'cancelled' } });
    await this.removeFromQueue(jobId);
  }

  /**
   * Cancels a subject's pending jobs inside the caller's transaction, so the change that ends them and their end
   * are one decision; call `removeCancelled` after the commit (the worker skips a cancelled row meanwhile).
   */
  async cancelBySubjectIn(tx: DbTx, subjectType: string, subjectId: string): Promise<string[]> {
    const pending = await tx.scheduledJob.findMany({ where: { subjectType, subjectId, state: 'pending' }, select: { jobId: true } });
    if (pending.length > 0) await tx.scheduledJob.updateMany({ where: { subjectType, subjectId, state: 'pending' }, data: { state: 'cancelled' } });
    return pending.map((job) => job.jobId);
  }

  /** Takes jobs cancelled in a transaction off the queue. */
  async removeCancelled(jobIds: string[]): Promise<void> {
    for (const jobId of jobIds) await this.removeFromQueue(jobId);
  }

  async cancelBySubject(subjectType: string, subjectId: string): Promise<number> {
    const pending = await this.db.scheduledJob.findMany({ where: { subjectType, subjectId, state: 'pending' } });
    for (const job of pending) await this.cancel(job.jobId);
    return pending.length;
  }

  /**
   * Re-adds every pending mirrored job, due or future, whose copy Redis no longer has (after Redis lost its
   * data, or a crash between a transaction that staged a job and its queueing), at its original time. The
   * same id is never queued twice, so running this again, or on two replicas at once, doubles nothing. A
   * finished copy still held under the id is replaced only if the job was asked for again after it finished;
   * a copy BullMQ failed on its own (e.g. stalled too often) marks the row failed and is handed to
   * `onFailedCopy`, once. Reads the mirror and Redis in batches, so thousands of pending rows stay cheap.
   */
  async restoreScheduledJobs(
    specs: ReadonlyMap<string, { spec: JobSpec }>,
    options: { onFailedCopy?: (failure: FailedCopy) => Promise<void> } = {},
  ): Promise<number> {
    let restored = 0;
    let cursor: string | undefined;
    for (;;) {
      const rows = await this.db.scheduledJob.findMany({
        where: { state: 'pending' },
        orderBy: { id: 'asc' },
        take: SWEEP_BATCH_SIZE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (rows.length === 0) break;
      cursor = rows[rows.length - 1]!.id;
      const known = rows.filter((row) => specs.has(row.name));
      const copies = await this.peek(known.map((row) => row.jobId));
      const missing: typeof known = [];
      for (const row of known) {
        const copy = copies.get(row.jobId);
        if (copy === 'live') continue;
        if (copy === 'finished') {
          const existing = await this.queue.getJob(row.jobId);
          const state = existing ? await existing.getState() : 'unknown';
          if (existing && state !== 'completed' && state !== 'failed') continue;
          const askedAgain = !existing || (existing.finishedOn ?? 0) < row.updatedAt.getTime();
          if (!askedAgain) {
            const finished = await this.db.scheduledJob.updateMany({
              where: { jobId: row.jobId, state: 'pending', updatedAt: row.updatedAt },
              data: { state: state === 'completed' ? 'done' : 'failed' },
            });
            const reason = existing.failedReason ?? 'failed';
            if (finished.count > 0 && state === 'failed') await options.onFailedCopy?.({ name: row.name, jobId: row.jobId, payload: row.payload, payloadVersion: row.payloadVersion, reason });
            continue;
          }
          if (existing) await this.removeFromQueue(row.jobId);
        }
        missing.push(row);
      }
      if (missing.length > 0) {
        // An id Redis already holds (added meanwhile by a scheduler or another replica's sweep) is left as it is.
        await this.queue.addBulk(missing.map((row) => ({ name: row.name, data: row.payload, opts: this.jobOptions(specs.get(row.name)!.spec, row.jobId, row.runAt) })));
        restored += missing.length;
      }
      if (rows.length < SWEEP_BATCH_SIZE) break;
    }
    return restored;
  }

  /**
   * What Redis holds under each id, in one round trip: nothing, a live copy (waiting, delayed, running) or a
   * finished one (completed or failed for good; only those carry `finishedOn`).
   */
  private async peek(jobIds: string[]): Promise<Map<string, 'absent' | 'live' | 'finished'>> {
    const result = new Map<string, 'absent' | 'live' | 'finished'>();
    if (jobIds.length === 0) return result;
    // The queue's own ioredis connection (BullMQ types it as its backend-neutral client).
    const client = (await this.queue.getBackend().client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const jobId of jobIds) pipeline.hmget(this.queue.toKey(jobId), 'timestamp', 'finishedOn');
    const replies = (await pipeline.exec()) ?? [];
    jobIds.forEach((jobId, i) => {
      const [error, value] = replies[i] ?? [new Error('no reply'), null];
      if (error) throw error;
      const [timestamp, finishedOn] = value as [string | null, string | null];
      result.set(jobId, timestamp === null ? 'absent' : finishedOn === null ? 'live' : 'finished');
    });
    return result;
  }

  private jobOptions(spec: JobSpec, jobId: string, runAt: Date) {
    return {
      jobId,
      delay: Math.max(0, runAt.getTime() - this.clock().getTime()),
      attempts: spec.attempts,
      backoff: { type: 'exponential' as const, delay: spec.backoffMs },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
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
