import type { App } from '@slack/bolt';
import type { AppServices } from '../../app/services.js';
import type { Dispatcher } from '../../conversation/dispatch.js';
import { identifyActor } from '../../conversation/identify-actor.js';
import type { TurnContext } from '../../conversation/handler-types.js';
import { ACTION_PREFIX } from '../../ui/action-ids.js';
import type { Payload } from '../../ui/model.js';
import { readViewValues } from './read-view-values.js';
import { renderMessage, renderModal } from './render-block-kit.js';
import { sendSlackReply } from './slack-reply.js';

function parsePayload(value: string | undefined): Payload {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch {
    return {};
  }
}

/**
 * Slack's ways in: the `/saksgang` command, direct messages and mentions (the command grammar), buttons
 * (by stable action id) and modal submissions (by form id). Each turns into one dispatcher call.
 */
export function registerSlackListeners(app: App, services: AppServices, dispatcher: Dispatcher): void {
  const turn = async (userId: string): Promise<TurnContext> => ({
    services,
    actor: await identifyActor(services.db, { platform: 'slack', userId }, services.config.DEFAULT_LOCALE),
  });

  app.command('/saksgang', async ({ command, ack, client }) => {
    const ctx = await turn(command.user_id);
    const result = await dispatcher.command(ctx, command.text);
    if (result.kind === 'form') {
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: renderModal(result.form) as never });
      return;
    }
    if (result.kind === 'none') return ack();
    if (result.kind === 'formErrors') return ack();
    await ack({ response_type: 'ephemeral', ...renderMessage(result.message) });
  });

  app.message(async ({ message, client }) => {
    const m = message as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; channel_type?: string; ts: string };
    if (m.subtype || m.bot_id || !m.user || m.channel_type !== 'im') return;
    const ctx = await turn(m.user);
    const result = await dispatcher.command(ctx, m.text ?? '');
    await sendSlackReply(client, { userId: m.user, channelId: m.channel }, result);
  });

  app.event('app_mention', async ({ event, client }) => {
    if (!event.user) return;
    const ctx = await turn(event.user);
    const result = await dispatcher.command(ctx, event.text);
    await sendSlackReply(client, { userId: event.user, channelId: event.channel, threadTs: event.thread_ts ?? event.ts }, result);
  });

  app.action(new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}`), async ({ action, body, ack, client }) => {
    await ack();
    const a = action as { action_id: string; value?: string };
    const actionId = a.action_id.split('#')[0]!;
    const b = body as { user: { id: string }; trigger_id?: string; channel?: { id: string }; message?: { ts: string } };
    const ctx = await turn(b.user.id);
    const result = await dispatcher.action(ctx, actionId, parsePayload(a.value));
    await sendSlackReply(client, { userId: b.user.id, channelId: b.channel?.id, messageTs: b.message?.ts, triggerId: b.trigger_id }, result);
  });

  app.view(new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}form\\.`), async ({ view, body, ack, client }) => {
    const ctx = await turn(body.user.id);
    const result = await dispatcher.submit(ctx, view.callback_id, readViewValues(view.state as never), parsePayload(view.private_metadata));
    switch (result.kind) {
      case 'formErrors':
        await ack({ response_action: 'errors', errors: result.errors });
        return;
      case 'form':
        await ack({ response_action: 'update', view: renderModal(result.form) as never });
        return;
      case 'message': {
        // A refusal or failure: the modal stays open with the message on its first field, so nothing typed is lost.
        const firstInput = ((view.blocks ?? []) as { type: string; block_id?: string }[]).find((b) => b.type === 'input')?.block_id;
        if (firstInput) {
          await ack({ response_action: 'errors', errors: { [firstInput]: result.message.text.slice(0, 2000) } });
          return;
        }
        await ack();
        await sendSlackReply(client, { userId: body.user.id }, result);
        return;
      }
      default:
        await ack();
        await sendSlackReply(client, { userId: body.user.id }, result);
    }
  });
}
