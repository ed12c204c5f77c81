import type { Queue } from 'bullmq';
import type { Db } from '../db/prisma.js';

export interface QueueState {
  /** Per job type, from the ScheduledJob mirror (pending rows only; the index on state and runAt serves it). */
  jobs: Map<string, { waiting: number; scheduled: number; oldestWaitingSeconds: number }>;
  /** BullMQ's own counts by state. */
  bullmq: Record<string, number>;
  /** Deliveries not yet sent, by platform. */
  pendingDeliveries: Partial<Record<'slack' | 'teams', number>>;
}

const BULLMQ_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed'] as const;

/** What the queue looks like now, for the metrics scrape: three small queries, read in parallel. */
export async function readQueueState(sources: { db: Db; queue: Queue; clock: () => Date }): Promise<QueueState> {
  const now = sources.clock();
  const [rows, counts, deliveries] = await Promise.all([
    sources.db.$queryRaw<{ name: string; waiting: bigint; scheduled: bigint; oldest: Date | null }[]>`
      SELECT "name",
             count(*) FILTER (WHERE "runAt" <= ${now}) AS "waiting",
             count(*) FILTER (WHERE "runAt" > ${now}) AS "scheduled",
             min("runAt") FILTER (WHERE "runAt" <= ${now}) AS "oldest"
        FROM "ScheduledJob" WHERE "state" = 'pending' GROUP BY "name"`,
    sources.queue.getJobCounts(...BULLMQ_STATES),
    sources.db.$queryRaw<{ platform: 'slack' | 'teams'; count: bigint }[]>`
      SELECT "platform"::text AS "platform", count(*) AS "count" FROM "Delivery" WHERE "state" = 'pending' GROUP BY "platform"`,
  ]);
  const jobs: QueueState['jobs'] = new Map();
  for (const row of rows) {
    jobs.set(row.name, {
      waiting: Number(row.waiting),
      scheduled: Number(row.scheduled),
      oldestWaitingSeconds: row.oldest ? Math.max(0, (now.getTime() - new Date(row.oldest).getTime()) / 1000) : 0,
    });
  }
  const pendingDeliveries: QueueState['pendingDeliveries'] = {};
  for (const row of deliveries) pendingDeliveries[row.platform] = Number(row.count);
  return { jobs, bullmq: counts, pendingDeliveries };
}
