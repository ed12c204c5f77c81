import type { AppServices } from '../app/services.js';
import type { DirectTarget } from '../channels/gateway.js';
import type { Delivery } from '../generated/prisma/client.js';

/** Where a delivery goes: what the gateway needs to post there, or to look there for an earlier post. */
export interface DeliveryRoute {
  direct?: DirectTarget;
  conversationId?: string;
  conversationRef?: unknown;
}

/** Reads the person or committee a delivery is addressed to, once per attempt. */
export async function routeDelivery(services: AppServices, delivery: Delivery): Promise<DeliveryRoute> {
  const { db } = services;
  if (delivery.state === 'sent' && delivery.platformConversationId) {
    return { conversationId: delivery.platformConversationId };
  }
  if (delivery.personId) {
    const person = await db.person.findUniqueOrThrow({ where: { id: delivery.personId } });
    const direct: DirectTarget = {
      personId: person.id,
      slackUserId: person.slackUserId,
      slackDmChannelId: person.slackDmChannelId,
      teamsUserId: person.teamsUserId,
      teamsConversationRef: person.teamsConversationRef,
    };
    return { direct };
  }
  const committee = delivery.committeeId ? await db.committee.findUnique({ where: { id: delivery.committeeId } }) : null;
  return { conversationId: delivery.target, conversationRef: committee?.teamsConversationRef ?? undefined };
}
