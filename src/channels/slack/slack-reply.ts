import type { WebClient } from '@slack/web-api';
import type { Reply } from '../../conversation/reply.js';
import { renderHomeView, renderMessage, renderModal } from './render-block-kit.js';

/** Key in a modal's private_metadata: the modal was opened from the App Home tab (listeners/action.ts, view.ts). */
export const FROM_HOME = '_fromHome';

/** Where a Slack turn came from: what a reply needs to land in the right place. */
export interface SlackTurnPlace {
  userId: string;
  channelId?: string | undefined;
  messageTs?: string | undefined;
  threadTs?: string | undefined;
  triggerId?: string | undefined;
  /** The turn came from the person's App Home tab: an update publishes the tab again. */
  home?: boolean | undefined;
}

/**
 * Delivers a handler's reply for turns that arrive as events or button clicks (slash commands and modal
 * submissions answer in the HTTP response instead; see register-slack-listeners.ts). A click in the App Home
 * tab has no message to update: its update publishes the tab again, and its other messages come by DM.
 */
export async function sendSlackReply(client: WebClient, place: SlackTurnPlace, result: Reply): Promise<void> {
  switch (result.kind) {
    case 'none':
      return;
    case 'form':
      if (!place.triggerId) throw new Error('A form needs a trigger id');
      await client.views.open({ trigger_id: place.triggerId, view: renderModal(result.form) as never });
      return;
    case 'update':
      if (place.home) {
        await client.views.publish({ user_id: place.userId, view: renderHomeView(result.message) as never });
        return;
      }
      if (place.channelId && place.messageTs) {
        await client.chat.update({ channel: place.channelId, ts: place.messageTs, ...renderMessage(result.message) });
        return;
      }
      break;
    default:
      break;
  }
  const message = 'message' in result ? result.message : null;
  if (!message) return;
  const channel = place.channelId ?? place.userId;
  if (channel.startsWith('D') || channel === place.userId) {
    await client.chat.postMessage({ channel, ...renderMessage(message), ...(place.threadTs ? { thread_ts: place.threadTs } : {}) });
  } else {
    await client.chat.postEphemeral({ channel, user: place.userId, ...renderMessage(message) });
  }
}
