import type { AppServices } from '../../app/services.js';
import type { PostedMessage } from '../../channels/gateway.js';
import { PlatformError } from '../../channels/platform-error.js';
import { defineJobHandler } from '../../jobs/job-handler.js';
import type { Message } from '../../ui/model.js';
import { deliverJob } from './deliver-job.js';
import { findUnconfirmedPost, mayHaveBeenPosted, UNCONFIRMED } from '../find-unconfirmed-post.js';
import { paceDelivery, passPaceGate, releasePace } from '../pace-delivery.js';
import { routeDelivery } from '../route-delivery.js';

/**
 * Sends one outbox row. Idempotent: a row already sent is left alone, so a job that runs twice (a retry
 * after a crash, two workers) posts once. A correction of a message already posted updates it in place.
 */
/** How long a claim on a row holds before another worker may take it over (BullMQ's lock is 30 s). */

export const deliverHandler = defineJobHandler(deliverJob, {
  async handle({ deliveryId }, services) {
    const { db, gateways } = services;
    const found = await db.delivery.findUnique({ where: { id: deliveryId } });
    if (!found || found.state === 'failed') return;
    if (found.state === 'sent' && !found.updatePending) return;
    const gateway = gateways[found.platform];
    if (!gateway) throw new PlatformError(found.platform, 'platform not configured', false);
    // Paced at the platform's limit: a slot ahead puts the job back on the queue until then.
    await paceDelivery(services, found);
    const route = await routeDelivery(services, found);
    // Claim the row before posting: a second worker that got the same job (a lost lock) finds it claimed and
    // waits for this one instead of posting the message a second time. A claim older than two job locks (a
    // minute by default) has died: its job's lock lapsed and was not renewed.
    const claimMs = 2 * services.config.JOB_LOCK_MS;
    const now = services.clock();
    const claimed = await db.delivery.updateMany({
      where: { id: deliveryId, state: found.state, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - claimMs) } }] },
      data: { claimedAt: now, attempts: { increment: 1 } },
    });
    if (claimed.count === 0) throw new Error('another worker is posting this message right now; trying again later');
    // The row as claimed: what is posted, and the version a correction made meanwhile is compared with.
    const started = await db.delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    const message = started.payload as unknown as Message;
    const updatesPosted = started.state === 'sent' && started.updatePending;
    let posted: PostedMessage;
    // The message carries the row's id, so a post whose answer a crash lost is found instead of posted again.
    const options = { deliveryKey: deliveryId };
    try {
      const recovered = await findUnconfirmedPost(services, gateway, found, route);
      if (!recovered) {
        // A Teams DM to someone without a remembered conversation opens one first: a second request that
        // counts against the app's limit too, so it passes the gate as well.
        const opensConversation = started.platform === 'teams' && route.direct !== undefined && !route.direct.teamsConversationRef && !updatesPosted;
        if (opensConversation) await passPaceGate(services, { ...started, idempotencyKey: `${started.idempotencyKey}.open` });
        await passPaceGate(services, started);
      }
      if (recovered) {
        posted = recovered;
      } else if (updatesPosted && started.platformMessageId && started.platformConversationId) {
        posted = { platform: started.platform, conversationId: started.platformConversationId, messageId: started.platformMessageId };
        await gateway.update(posted, message);
      } else if (route.direct) {
        posted = await gateway.sendDirect(route.direct, message, options);
      } else {
        posted = await gateway.sendToConversation(started.target, message, route.conversationRef, options);
      }
    } catch (error) {
      // A failure without a clear answer is marked, so the next attempt looks before posting again.
      const reason = (mayHaveBeenPosted(error) ? UNCONFIRMED : '') + (error instanceof Error ? error.message : String(error));
      await db.delivery.update({ where: { id: deliveryId }, data: { lastError: reason.slice(0, 500), claimedAt: null } });
      await releasePace(services, started);
      services.metrics?.delivery(started.platform, 'error');
      throw error;
    }
    await releasePace(services, started);
    services.metrics?.delivery(started.platform, 'sent');
    const sent = { state: 'sent' as const, sentAt: services.clock(), platformMessageId: posted.messageId, platformConversationId: posted.conversationId, lastError: null, claimedAt: null };
    const unchanged = await db.delivery.updateMany({ where: { id: deliveryId, updatedAt: started.updatedAt }, data: { ...sent, updatePending: false } });
    if (unchanged.count === 0) {
      // Corrected while we were posting: record what was posted, then let the retry update it in place.
      await db.delivery.update({ where: { id: deliveryId }, data: { ...sent, updatePending: true } });
      throw new Error('the message was corrected while it was being posted; the next attempt updates it in place');
    }
  },
  /** Out of attempts, or a failure retrying cannot mend: the row says so and the secretariat is told. */
  async onFinalFailure({ deliveryId }, services, reason) {
    const delivery = await services.db.delivery.findUnique({ where: { id: deliveryId } });
    if (!delivery || delivery.state === 'sent') return;
    await services.db.delivery.update({ where: { id: deliveryId }, data: { state: 'failed', lastError: reason.slice(0, 500) } });
    services.metrics?.delivery(delivery.platform, 'failed');
    services.log.error('delivery failed for good', { deliveryId, platform: delivery.platform, kind: delivery.kind, reason });
    await services.notifyDeliveryFailure?.(deliveryId, reason);
  },
});
