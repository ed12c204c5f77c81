/**
 * Every number that tunes the job queue, in one place. Change one here, with its reason, never inline.
 */

/**
 * Jobs run side by side in one worker. They are I/O-bound (a few database queries, one platform call), so a
 * worker runs many at once: 100 reminders falling due at the same minute must all start within a second. Kept
 * near the database pool (10 connections by default) so that jobs wait on the network, not for a connection.
 * Measured (`npm run bench -- --delivery`, December 2026, two busy cores): 48 instead of 16 made 100 reminders due
 * together later, not sooner (first one 0.5 s late instead of 0.1-0.2 s, p50 1.2 s) and tripled the 429s of a
 * 2,000 fan-out (3.2%): the jobs queue for the pool and the CPU instead.
 */
export const WORKER_CONCURRENCY = 16;

/**
 * A copy of a job whose mirror says it was moved later by more than this is put back to wait for the new time.
 * The slack absorbs clock skew between the process that queued the job and the worker.
 */
export const MOVED_JOB_TOLERANCE_MS = 1_000;

/**
 * A platform that answers 429 is waited for as asked without using up an attempt, but only this many times per
 * attempt: one that keeps asking ends like any other failure, and is reported, instead of waiting for ever.
 */
export const RATE_LIMIT_WAITS_PER_ATTEMPT = 3;

/**
 * How long BullMQ keeps finished copies in Redis. A completed copy is kept a week so that a second enqueue of the
 * same work finds it and changes nothing; the count bounds the memory a busy week can take.
 */
export const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 10_000 };

/** A failed copy is kept a month, long enough for someone to look at why it failed. */
export const KEEP_FAILED = { age: 30 * 24 * 3600 };

/**
 * How often the worker compares the mirror (`ScheduledJob`) with Redis and queues what Redis lacks: a job staged
 * by a transaction whose process died before queueing it, or every pending job after Redis lost its data. A
 * minute keeps that repair within the minute a reminder is planned to.
 */
export const JOB_SWEEP_INTERVAL_MS = 60_000;

/** Mirror rows the sweep reads and checks against Redis per round trip: thousands of pending rows stay cheap. */
export const SWEEP_BATCH_SIZE = 500;

/**
 * How long (seconds) an idle worker blocks on Redis before it looks again. BullMQ wakes a worker by a marker when
 * a job is added or a delayed job falls due, so this bounds only idle polling, never a job's lateness.
 */
export const WORKER_DRAIN_DELAY_S = 5;

/**
 * A running job holds a lock this long and renews it at half of it; a worker that died loses its jobs to another
 * after the lock lapses and the next stall check (run as often) sees it. The default of the `JOB_LOCK_MS` setting:
 * BullMQ's own, long enough that a busy event loop never loses a live job's lock.
 */
export const JOB_LOCK_MS = 30_000;

/**
 * A job found stalled once (its worker died) is run again; found stalled twice it fails for good and is reported,
 * so a job that kills its worker cannot take every worker down in turn.
 */
export const MAX_STALLED_COUNT = 1;
