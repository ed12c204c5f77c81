import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { plainMessage } from '../../../conversation/plain-message.js';
import { arrivedAt } from '../arrived-at.js';
import { runSlackTurn, type SlackListenerDeps } from '../run-slack-turn.js';
import { sendSlackReply, type SlackTurnPlace } from '../slack-reply.js';

interface Retry {
  retryNum?: number | undefined;
  retryReason?: string | undefined;
}

/**
 * A command typed as text. Bolt answers an event at once; the reply goes by the Web API. A retry after
 * Slack's own time-out is already being handled; a retry after an error is handled anew.
 */
async function onCommandText(deps: SlackListenerDeps, client: WebClient, context: Retry, userId: string, text: string, place: SlackTurnPlace): Promise<void> {
  if (context.retryNum && context.retryReason === 'http_timeout') {
    deps.services.log.info('ignored a Slack retry of an event already being handled', { retryNum: context.retryNum });
    return;
  }
  await runSlackTurn(deps, {
    what: 'event',
    userId,
    arrivedAt: arrivedAt(context),
    run: (ctx) => deps.dispatcher.command(ctx, text),
    deliver: (result) => sendSlackReply(client, place, result),
    fail: (failure) => sendSlackReply(client, place, { kind: 'message', message: plainMessage(failure) }),
  });
}

/** Direct messages to the bot and @mentions of it in a channel (answered in the thread). */
export function register(app: App, deps: SlackListenerDeps): void {
  app.message(async ({ message, client, context }) => {
    const m = message as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; channel_type?: string; ts: string };
    if (m.subtype || m.bot_id || !m.user || m.channel_type !== 'im') return;
    await onCommandText(deps, client, context, m.user, m.text ?? '', { userId: m.user, channelId: m.channel });
  });

  app.event('app_mention', async ({ event, client, context }) => {
    if (!event.user) return;
    await onCommandText(deps, client, context, event.user, event.text, { userId: event.user, channelId: event.channel, threadTs: event.thread_ts ?? event.ts });
  });
}
