import { WebClient } from '@slack/web-api';
import type { Message } from '../../ui/model.js';
import type { ChannelGateway, DirectTarget, PostedMessage, PostedWhere, SendOptions, SharedFile } from '../gateway.js';
import { PlatformError } from '../platform-error.js';
import { classifySlackError } from './classify-slack-error.js';
import { renderMessage } from './render-block-kit.js';

/** The metadata event our deliveries carry, so a post whose answer was lost can be found in the history. */
export const DELIVERY_EVENT_TYPE = 'saksgang_delivery';
/** How many recent messages of a conversation are searched for a delivery's key (one page). */
const HISTORY_WINDOW = 200;

interface HistoryMessage {
  ts?: string;
  files?: { id?: string }[];
  metadata?: { event_type?: string; event_payload?: { key?: unknown } };
}

/**
 * Outbound Slack messages through the Web API. The client does not retry on its own: the outbox job owns
 * retries, so a rate limit or a 5xx surfaces as a PlatformError and the job waits and tries again.
 */
export function createSlackGateway(options: { token: string; apiUrl?: string | undefined }): ChannelGateway {
  const client = new WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
  });

  async function post(channel: string, message: Message, options: SendOptions = {}): Promise<PostedMessage> {
    const metadata = options.deliveryKey ? { metadata: { event_type: DELIVERY_EVENT_TYPE, event_payload: { key: options.deliveryKey } } } : {};
    try {
      const result = await client.chat.postMessage({ channel, ...renderMessage(message), unfurl_links: false, ...metadata });
      return { platform: 'slack', conversationId: String(result.channel ?? channel), messageId: String(result.ts) };
    } catch (error) {
      throw classifySlackError(error);
    }
  }

  return {
    platform: 'slack',
    sendDirect(target: DirectTarget, message: Message, options?: SendOptions) {
      const channel = target.slackDmChannelId ?? target.slackUserId;
      if (!channel) throw classifySlackError({ code: 'slack_webapi_platform_error', data: { error: 'user_not_found' } });
      return post(channel, message, options);
    },
    sendToConversation(conversationId: string, message: Message, _conversationRef?: unknown, options?: SendOptions) {
      return post(conversationId, message, options);
    },
    async findPosted(where: PostedWhere, deliveryKey: string, since: Date) {
      try {
        // A DM posted to a user id lives in the DM channel, which conversations.open names (it opens nothing new).
        let channel = where.conversationId ?? where.direct?.slackDmChannelId ?? null;
        if (!channel && where.direct?.slackUserId) {
          const opened = await client.conversations.open({ users: where.direct.slackUserId });
          channel = opened.channel?.id ?? null;
        }
        if (!channel) return null;
        const history = await client.conversations.history({
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          limit: HISTORY_WINDOW,
          include_all_metadata: true,
        });
        const hit = ((history.messages ?? []) as HistoryMessage[]).find(
          (m) => m.metadata?.event_type === DELIVERY_EVENT_TYPE && m.metadata.event_payload?.key === deliveryKey,
        );
        return hit?.ts ? { platform: 'slack' as const, conversationId: channel, messageId: hit.ts } : null;
      } catch (error) {
        throw classifySlackError(error);
      }
    },
    async uploadFile(channelId: string, file: SharedFile, uploadOptions: { onFileId?: (fileId: string) => Promise<void> } = {}) {
      try {
        const ticket = await client.files.getUploadURLExternal({ filename: file.filename, length: file.content.length });
        if (!ticket.upload_url || !ticket.file_id) throw new Error('files.getUploadURLExternal gave no upload URL');
        // Recorded before the share is completed: a retry after a lost answer looks for this file instead of uploading again.
        await uploadOptions.onFileId?.(ticket.file_id);
        const uploaded = await fetch(ticket.upload_url, {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: new Uint8Array(file.content),
          signal: AbortSignal.timeout(30_000),
        });
        if (!uploaded.ok) throw classifyUploadStatus(uploaded.status);
        await client.files.completeUploadExternal({
          files: [{ id: ticket.file_id, title: file.title }],
          channel_id: channelId,
          ...(file.comment ? { initial_comment: file.comment } : {}),
        });
        return { fileId: ticket.file_id };
      } catch (error) {
        throw error instanceof PlatformError ? error : classifySlackError(error);
      }
    },
    async findSharedFile(channelId: string, fileId: string, since: Date) {
      try {
        // A completed share is a message in the channel carrying the file (the same history window as deliveries).
        const history = await client.conversations.history({ channel: channelId, oldest: (since.getTime() / 1000).toFixed(6), limit: HISTORY_WINDOW });
        return ((history.messages ?? []) as HistoryMessage[]).some((m) => m.files?.some((f) => f.id === fileId));
      } catch (error) {
        throw classifySlackError(error);
      }
    },
    async update(posted: PostedMessage, message: Message) {
      try {
        await client.chat.update({ channel: posted.conversationId, ts: posted.messageId, ...renderMessage(message) });
      } catch (error) {
        throw classifySlackError(error);
      }
    },
  };
}

/** The upload URL's answer: 5xx and 429 are worth another try, anything else is not. */
function classifyUploadStatus(status: number): PlatformError {
  return new PlatformError('slack', `upload_http_${status}`, status === 429 || status >= 500);
}
