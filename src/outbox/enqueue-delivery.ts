import type { AppServices } from '../app/services.js';
import type { Platform } from '../channels/gateway.js';
import type { Message } from '../ui/model.js';
import { deliverJob } from './jobs/deliver-job.js';
import { firstSlot } from './pace-delivery.js';

export interface DeliveryRequest {
  /** The same key is delivered once, whatever restarts or retries happen. */
  idempotencyKey: string;
  kind: string;
  platform: Platform;
  target: string;
  personId?: string;
  committeeId?: string;
  message: Message;
  /** When to send; now when absent. */
  runAt?: Date;
}

/** Writes the outbox row (once per key) and queues its delivery. Returns the row id. */
export async function enqueueDelivery(services: AppServices, request: DeliveryRequest): Promise<string> {
  const { db, jobs } = services;
  const existing = await db.delivery.findUnique({ where: { idempotencyKey: request.idempotencyKey } });
  // One time for the staged job and its queueing, so queueing it finds the staged row as it is. A message due
  // now is queued for its paced slot on the platform, so its job runs once, when it may post.
  const runAt = existing ? (request.runAt ?? services.clock()) : await firstSlot(services, request, request.runAt ?? services.clock());
  // The row and its job are written together: a crash before the job reaches Redis leaves a staged job that
  // the worker's sweep queues, never a message that waits for ever.
  const delivery =
    existing ??
    (await db
      .$transaction(async (tx) => {
        const row = await tx.delivery.create({
          data: {
            idempotencyKey: request.idempotencyKey,
            kind: request.kind,
            platform: request.platform,
            target: request.target,
            personId: request.personId ?? null,
            committeeId: request.committeeId ?? null,
            payload: request.message as object,
            state: 'pending',
          },
        });
        await jobs.stage(tx, deliverJob, { deliveryId: row.id }, runAt);
        return row;
      })
      .catch(async (error: unknown) => {
        // Two workers raced to the same key: the other one won, use its row.
        const row = await db.delivery.findUnique({ where: { idempotencyKey: request.idempotencyKey } });
        if (!row) throw error;
        return row;
      }));
  // A row that was already there has its job already (or the sweep queues it): asking again changes nothing.
  if (!existing && delivery.state === 'pending') {
    await jobs.enqueue(deliverJob, { deliveryId: delivery.id }, { runAt });
  }
  return delivery.id;
}

/** Replaces the content of a delivery; if it was already posted, the posted message is updated in place. */
export async function updateDelivery(services: AppServices, idempotencyKey: string, message: Message): Promise<boolean> {
  const { db, jobs } = services;
  // Written on the state just read, so a delivery marked sent meanwhile is re-read rather than left unedited.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const delivery = await db.delivery.findUnique({ where: { idempotencyKey } });
    if (!delivery) return false;
    const posted = delivery.state === 'sent';
    const written = await db.delivery.updateMany({
      where: { id: delivery.id, state: delivery.state, updatedAt: delivery.updatedAt },
      data: { payload: message as object, updatePending: posted },
    });
    if (written.count === 0) continue;
    if (posted) await jobs.reschedule(deliverJob, { deliveryId: delivery.id }, services.clock());
    return true;
  }
  throw new Error(`could not update delivery ${idempotencyKey}: it kept changing`);
}
