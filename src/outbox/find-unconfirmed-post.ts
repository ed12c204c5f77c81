import type { AppServices } from '../app/services.js';
import type { ChannelGateway, PostedMessage } from '../channels/gateway.js';
import { PlatformError } from '../channels/platform-error.js';
import type { Delivery } from '../generated/prisma/client.js';
import type { DeliveryRoute } from './route-delivery.js';

/** Our clock and the platform's may differ; the history is searched from this long before the attempt. */
const CLOCK_MARGIN_MS = 5 * 60_000;
/** Starts `lastError` of an attempt that failed without a clear answer (a time-out): it may have been posted. */
export const UNCONFIRMED = 'unconfirmed: ';

/**
 * Whether a failed attempt may still have reached the platform: anything but a clear refusal (a 429, an
 * error the platform answered with) leaves that open, e.g. a time-out after the request was sent.
 */
export function mayHaveBeenPosted(error: unknown): boolean {
  if (!(error instanceof PlatformError)) return true;
  return error.retryable && error.reason !== 'rate_limited';
}

/**
 * A row that was claimed but neither confirmed nor released was being posted when its process died
 * (kill -9, OOM), and an attempt that failed without a clear answer (a time-out) left its outcome open:
 * the post may have reached the platform. On Slack the message carries the delivery's key
 * in its metadata, so the conversation's recent history says whether it did; if so, that message is the
 * delivery and nothing is posted again. Teams has no such lookup: the message is sent again, with a
 * warning, so at most the one message in flight at the crash can appear twice.
 */
export async function findUnconfirmedPost(services: AppServices, gateway: ChannelGateway, delivery: Delivery, route: DeliveryRoute): Promise<PostedMessage | null> {
  const { log } = services;
  const open = delivery.claimedAt !== null || delivery.lastError?.startsWith(UNCONFIRMED);
  if (delivery.state !== 'pending' || !open || delivery.attempts === 0) return null;
  const context = { deliveryId: delivery.id, platform: delivery.platform, kind: delivery.kind };
  if (!gateway.findPosted) {
    log.warn('sending again a delivery whose earlier attempt ended unconfirmed; it may appear twice', context);
    return null;
  }
  try {
    const where = { ...(route.direct ? { direct: route.direct } : {}), ...(route.conversationId ? { conversationId: route.conversationId } : {}) };
    const found = await gateway.findPosted(where, delivery.id, new Date((delivery.claimedAt ?? delivery.updatedAt).getTime() - CLOCK_MARGIN_MS));
    log.info(found ? 'an unconfirmed delivery had been posted; recorded without posting again' : 'an unconfirmed delivery had not been posted; posting it', context);
    return found;
  } catch (error) {
    // A lookup that cannot work (e.g. a missing history scope) must not lose the message: send it again.
    if (error instanceof PlatformError && !error.retryable) {
      log.warn('could not look for an unconfirmed delivery; sending it again', { ...context, error: error.message });
      return null;
    }
    throw error;
  }
}
