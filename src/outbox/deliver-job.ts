import { z } from 'zod';
import type { AppServices } from '../app/services.js';
import type { PostedMessage } from '../channels/gateway.js';
import { PlatformError } from '../channels/platform-error.js';
import { defineJob } from '../jobs/job-definition.js';
import type { Message } from '../ui/model.js';

/**
 * Sends one outbox row. Idempotent: a row already sent is left alone, so a job that runs twice (a retry
 * after a crash, two workers) posts once. A correction of a message already posted updates it in place.
 */
export const deliverJob = defineJob({
  name: 'deliver',
  schema: z.object({ deliveryId: z.string().min(1) }),
  jobId: (p) => `deliver.${p.deliveryId}`,
  attempts: 8,
  backoffMs: 2_000,
  subject: (p) => ({ type: 'delivery', id: p.deliveryId }),
  async handle({ deliveryId }, services) {
    const { db, gateways } = services;
    const delivery = await db.delivery.findUnique({ where: { id: deliveryId } });
    if (!delivery || delivery.state === 'failed') return;
    const updatesPosted = delivery.state === 'sent' && delivery.updatePending;
    if (delivery.state === 'sent' && !updatesPosted) return;
    const gateway = gateways[delivery.platform];
    if (!gateway) throw new PlatformError(delivery.platform, 'platform not configured', false);
    const message = delivery.payload as unknown as Message;
    // The row as this attempt found it: if it changes while we post, a correction came in meanwhile.
    const started = await db.delivery.update({ where: { id: deliveryId }, data: { attempts: { increment: 1 } } });
    let posted: PostedMessage;
    try {
      if (updatesPosted && delivery.platformMessageId && delivery.platformConversationId) {
        posted = { platform: delivery.platform, conversationId: delivery.platformConversationId, messageId: delivery.platformMessageId };
        await gateway.update(posted, message);
      } else if (delivery.personId) {
        const person = await db.person.findUniqueOrThrow({ where: { id: delivery.personId } });
        posted = await gateway.sendDirect(
          { personId: person.id, slackUserId: person.slackUserId, slackDmChannelId: person.slackDmChannelId, teamsUserId: person.teamsUserId, teamsConversationRef: person.teamsConversationRef },
          message,
        );
      } else {
        const committee = delivery.committeeId ? await db.committee.findUnique({ where: { id: delivery.committeeId } }) : null;
        posted = await gateway.sendToConversation(delivery.target, message, committee?.teamsConversationRef ?? undefined);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await db.delivery.update({ where: { id: deliveryId }, data: { lastError: reason.slice(0, 500) } });
      throw error;
    }
    const sent = { state: 'sent' as const, sentAt: services.clock(), platformMessageId: posted.messageId, platformConversationId: posted.conversationId, lastError: null };
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
    services.log.error('delivery failed for good', { deliveryId, kind: delivery.kind, reason });
    await services.notifyDeliveryFailure?.(deliveryId, reason);
  },
});
