import type { Message } from '../ui/model.js';

export type Platform = 'slack' | 'teams';

/** Where a message landed, so it can be updated in place later. */
export interface PostedMessage {
  platform: Platform;
  conversationId: string;
  messageId: string;
}

/** The person as a platform needs them to open a direct conversation. */
export interface DirectTarget {
  personId: string;
  slackUserId?: string | null;
  slackDmChannelId?: string | null;
  teamsUserId?: string | null;
  teamsConversationRef?: unknown;
}

/**
 * Outbound messages to one platform. Implementations translate the neutral message, call the platform and
 * classify failures as `PlatformError` so the outbox knows whether to retry.
 */
export interface ChannelGateway {
  readonly platform: Platform;
  sendDirect(target: DirectTarget, message: Message): Promise<PostedMessage>;
  sendToConversation(conversationId: string, message: Message, conversationRef?: unknown): Promise<PostedMessage>;
  update(posted: PostedMessage, message: Message): Promise<void>;
}

export type Gateways = Partial<Record<Platform, ChannelGateway>>;
