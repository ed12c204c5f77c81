import type { Authorize } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';

/**
 * Bolt's own authorization for a single bot token calls `auth.test` on every request unless token
 * verification runs at construction (which fails the whole start when Slack is briefly unreachable).
 * This asks once, on the first request, and keeps the answer; a failed ask is retried on the next request.
 * The bot's ids let Bolt ignore the bot's own messages.
 */
export function authorizeOnce(botToken: string, clientOptions: WebClientOptions): Authorize<boolean> {
  const client = new WebClient(botToken, clientOptions);
  let identity: Promise<{ botId?: string; botUserId?: string }> | null = null;
  return async () => {
    identity ??= client.auth.test().then((result) => ({
      ...(result.bot_id ? { botId: result.bot_id } : {}),
      ...(result.user_id ? { botUserId: result.user_id } : {}),
    }));
    try {
      return { botToken, ...(await identity) };
    } catch (error) {
      identity = null;
      throw error;
    }
  };
}
