import type { AppServices } from '../app/services.js';
import type { Platform } from '../channels/gateway.js';
import { choosePlatform } from './choose-platform.js';
import { fanOutKindNamed } from './fan-out-kinds.js';
import { deliverJob } from './jobs/deliver-job.js';
import { firstSlot } from './pace-delivery.js';
import { UNREACHABLE } from './send-to-person.js';

/** Recipients written per transaction: small enough for a short transaction, large enough to keep up with the platforms. */
export const FAN_OUT_BATCH = 200;

/**
 * Expands the next batch of a fan-out into one Delivery per recipient, in ONE transaction: the rows
 * (`createMany … skipDuplicates` on their deterministic keys), their staged deliver jobs and the advanced
 * cursor. Then queues the new deliveries and reports the unreachable. Returns 'done' when no recipient is left.
 *
 * A crash before the commit leaves the batch to be done again; after it, the sweep queues the staged jobs
 * and the next run starts from the cursor. A batch done twice creates nothing new (same keys).
 */
export async function expandFanOutBatch(services: AppServices, key: string, batchSize = FAN_OUT_BATCH): Promise<'more' | 'done'> {
  const { db, jobs, gateways } = services;
  const fanOut = await db.fanOut.findUnique({ where: { key } });
  if (!fanOut || fanOut.state === 'done') return 'done';
  const kind = fanOutKindNamed(fanOut.kind);
  const subject = kind.subject.parse(fanOut.subject);
  const build = await kind.prepare(services, subject);
  const batch = build ? await kind.recipients(db, subject, fanOut.cursor, batchSize) : [];
  const runAt = services.clock();
  const unreachablePlatform: Platform = gateways.slack ? 'slack' : 'teams';
  const rows = batch.map((recipient) => {
    const { person } = recipient;
    const { idempotencyKey, message } = build!(recipient);
    const platform = choosePlatform(gateways, { slack: person.slackUserId, teams: person.teamsUserId, teamsRef: person.teamsConversationRef, preferred: person.dmPlatform });
    const base = { idempotencyKey, kind: kind.deliveryKind, personId: person.id, payload: message as object };
    // Someone on no configured platform is recorded as failed, so the secretariat is told (as `sendToPerson` does).
    if (!platform) return { ...base, platform: unreachablePlatform, target: person.key, state: 'failed' as const, lastError: UNREACHABLE };
    const target = platform === 'slack' ? person.slackUserId! : (person.teamsUserId ?? person.id);
    return { ...base, platform, target, state: 'pending' as const };
  });
  const keys = rows.map((row) => row.idempotencyKey);
  const last = batch.at(-1);
  const finished = batch.length < batchSize;

  const created = await db.$transaction(
    async (tx) => {
      // Only the run that still holds the cursor it read may advance it: two copies of the job never both write a batch.
      const advanced = await tx.fanOut.updateMany({
        where: { id: fanOut.id, cursor: fanOut.cursor, state: 'pending' },
        data: { cursor: last?.key ?? fanOut.cursor, expanded: { increment: batch.length }, ...(finished ? { state: 'done' } : {}) },
      });
      if (advanced.count === 0) throw new Error(`fan-out ${key} was advanced by another run; trying again from its cursor`);
      if (rows.length === 0) return [];
      const existing = new Set((await tx.delivery.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true } })).map((d) => d.idempotencyKey));
      await tx.delivery.createMany({ data: rows, skipDuplicates: true });
      const fresh = await tx.delivery.findMany({
        where: { idempotencyKey: { in: keys.filter((k) => !existing.has(k)) } },
        select: { id: true, state: true, idempotencyKey: true, platform: true, target: true },
      });
      await jobs.stageMany(tx, deliverJob, fresh.filter((d) => d.state === 'pending').map((d) => ({ payload: { deliveryId: d.id }, runAt })));
      return fresh;
    },
    { timeout: 60_000 },
  );

  // After the commit: queue now what the sweep would otherwise queue within a minute, and report the unreachable once.
  // Each new delivery is queued for its paced slot, reserved now (as `enqueueDelivery` does for a message due
  // now), so its job runs once, when it may post, instead of running first only to learn its slot. The rows are
  // new (created by this batch's commit), so their jobs go to Redis in one round trip.
  const pending = created.filter((d) => d.state === 'pending');
  const slots = await Promise.all(pending.map((d) => firstSlot(services, d, runAt)));
  await jobs.enqueueStagedMany(deliverJob, pending.map((d, i) => ({ payload: { deliveryId: d.id }, runAt: slots[i]! })));
  for (const delivery of created) if (delivery.state === 'failed') await services.notifyDeliveryFailure?.(delivery.id, UNREACHABLE);
  return finished ? 'done' : 'more';
}

/**
 * The first batch of a fan-out run is this small, so the first messages are paced and on their way while the
 * rest is written: a batch of 200 took 0.4-1 s to write on a busy two-core machine, time in which nothing was sent.
 */
export const FIRST_FAN_OUT_BATCH = 50;

/** Expands a fan-out to its end, batch after batch (the fan-out job): a small first batch, then full ones. */
export async function expandFanOut(services: AppServices, key: string, batchSize = FAN_OUT_BATCH): Promise<void> {
  let size = Math.min(batchSize, FIRST_FAN_OUT_BATCH);
  while ((await expandFanOutBatch(services, key, size)) === 'more') size = batchSize;
}
