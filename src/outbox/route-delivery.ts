import type { AppServices } from '../app/services.js';
import type { DirectTarget } from '../channels/gateway.js';
import type { Delivery } from '../generated/prisma/client.js';

/** Where a delivery goes: the conversation it is paced on, and what the gateway needs to post or look there. */
export interface DeliveryRoute {
  /** The conversation the platform's per-conversation limit counts (a channel, a DM, a Teams conversation). */
  conversation: string;
  direct?: DirectTarget;
  conversationId?: string;
  conversationRef?: unknown;
}

/** Reads the person or committee a delivery is addressed to, once, before it is paced and posted. */
export async function routeDelivery(services: AppServices, delivery: Delivery): Promise<DeliveryRoute> {
  const { db } = services;
  if (delivery.state === 'sent' && delivery.platformConversationId) {
    return { conversation: delivery.platformConversationId, conversationId: delivery.platformConversationId };
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
    const teamsConversation = (person.teamsConversationRef as { conversation?: { id?: string } } | null)?.conversation?.id;
    const conversation =
      delivery.platform === 'slack' ? (person.slackDmChannelId ?? person.slackUserId ?? person.id) : (teamsConversation ?? person.teamsUserId ?? person.id);
    return { conversation, direct };
  }
  const committee = delivery.committeeId ? await db.committee.findUnique({ where: { id: delivery.committeeId } }) : null;
  return { conversation: delivery.target, conversationId: delivery.target, conversationRef: committee?.teamsConversationRef ?? undefined };
}
