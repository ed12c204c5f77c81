import type { AppServices } from '../app/services.js';
import type { DbTx } from '../db/prisma.js';
import type { FanOutKind, FanOutRecipient } from './fan-out-kind.js';
import { fanOutJob } from './jobs/fan-out-job.js';

export interface StagedFanOut {
  key: string;
  /** How many recipients it reaches (counted when first staged). */
  total: number;
  /** False when the same key was staged before (a second press, a retried turn): nothing new is owed. */
  isNew: boolean;
}

/**
 * Records a fan-out and its job inside the caller's transaction, so it exists exactly when the change that
 * causes it does. Staging the same key again changes nothing and returns the first count. Call
 * `queueFanOut` after the commit; if the process dies first, the worker's sweep queues the job.
 */
export async function stageFanOut<S, R extends FanOutRecipient>(
  tx: DbTx,
  services: AppServices,
  kind: FanOutKind<S, R>,
  key: string,
  subject: S,
): Promise<StagedFanOut> {
  const data = kind.subject.parse(subject);
  const total = await kind.count(tx, data);
  // skipDuplicates, so a second turn racing for the same key neither fails nor counts twice.
  const written = await tx.fanOut.createMany({ data: [{ key, kind: kind.name, subject: data as object, total }], skipDuplicates: true });
  if (written.count === 0) {
    const first = await tx.fanOut.findUniqueOrThrow({ where: { key }, select: { total: true } });
    return { key, total: first.total, isNew: false };
  }
  await services.jobs.stage(tx, fanOutJob, { key }, services.clock());
  return { key, total, isNew: true };
}

/** Queues a staged fan-out's job (after the commit that staged it). */
export async function queueFanOut(services: AppServices, staged: StagedFanOut): Promise<void> {
  await services.jobs.enqueue(fanOutJob, { key: staged.key });
}

/**
 * Options for the transaction of a turn that stages a fan-out: it writes a handful of rows and staged jobs,
 * which on a busy machine can take longer than Prisma's default of five seconds.
 */
export const TURN_TRANSACTION = { maxWait: 10_000, timeout: 30_000 } as const;
