import { WebClient } from '@slack/web-api';
import type { Message } from '../../ui/model.js';
import type { ChannelGateway, DirectTarget, PostedMessage } from '../gateway.js';
import { classifySlackError } from './classify-slack-error.js';
import { renderMessage } from './render-block-kit.js';

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

  async function post(channel: string, message: Message): Promise<PostedMessage> {
    try {
      const result = await client.chat.postMessage({ channel, ...renderMessage(message), unfurl_links: false });
      return { platform: 'slack', conversationId: String(result.channel ?? channel), messageId: String(result.ts) };
    } catch (error) {
      throw classifySlackError(error);
    }
  }

  return {
    platform: 'slack',
    sendDirect(target: DirectTarget, message: Message) {
      const channel = target.slackDmChannelId ?? target.slackUserId;
      if (!channel) throw classifySlackError({ code: 'slack_webapi_platform_error', data: { error: 'user_not_found' } });
      return post(channel, message);
    },
    sendToConversation(conversationId: string, message: Message) {
      return post(conversationId, message);
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
