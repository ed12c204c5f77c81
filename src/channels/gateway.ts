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

export interface SendOptions {
  /** The outbox row's key, carried with the message (Slack message metadata) so a post whose answer was lost can be found. */
  deliveryKey?: string;
}

/** Where a message was meant to go: a person's direct conversation, or a conversation by id. */
export interface PostedWhere {
  direct?: DirectTarget;
  conversationId?: string;
}

/**
 * Outbound messages to one platform. Implementations translate the neutral message, call the platform and
 * classify failures as `PlatformError` so the outbox knows whether to retry.
 */
export interface ChannelGateway {
  readonly platform: Platform;
  sendDirect(target: DirectTarget, message: Message, options?: SendOptions): Promise<PostedMessage>;
  sendToConversation(conversationId: string, message: Message, conversationRef?: unknown, options?: SendOptions): Promise<PostedMessage>;
  update(posted: PostedMessage, message: Message): Promise<void>;
  /**
   * The message this app posted with `deliveryKey` since `since`, or null; only where the platform can say
   * (Slack: message metadata in the conversation's history). Teams has no such lookup.
   */
  findPosted?(where: PostedWhere, deliveryKey: string, since: Date): Promise<PostedMessage | null>;
  /**
   * Uploads a file into a conversation, where the platform lets a bot do so (Slack: files.getUploadURLExternal,
   * POST to the upload URL, files.completeUploadExternal). Absent on Teams, where a link card stands in.
   */
  /**
   * Uploads a file and shares it in the conversation. `onFileId` is called with the platform's file id before the
   * share is completed, so a caller can record it and, on a retry, ask `findSharedFile` whether the share happened.
   */
  uploadFile?(conversationId: string, file: SharedFile, options?: { onFileId?: (fileId: string) => Promise<void> }): Promise<{ fileId: string }>;
  /** Whether a file was shared in the conversation since `since` (an upload whose answer was lost). */
  findSharedFile?(conversationId: string, fileId: string, since: Date): Promise<boolean>;
}

/** A file to share in a conversation (a generated document). */
export interface SharedFile {
  filename: string;
  title: string;
  content: Buffer;
  /** Text posted with the file, plain. */
  comment?: string;
}

export type Gateways = Partial<Record<Platform, ChannelGateway>>;
