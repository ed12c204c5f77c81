import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppServices } from '../../app/services.js';
import type { Dispatcher } from '../../conversation/dispatch.js';
import type { TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { identifyActor } from '../../conversation/identify-actor.js';
import type { Reply } from '../../conversation/reply.js';
import { conversationTexts } from '../../conversation/texts.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { ACTION_PREFIX } from '../../ui/action-ids.js';
import type { Payload } from '../../ui/model.js';
import { readViewValues } from './read-view-values.js';
import { renderMessage, renderMessageModal, renderModal } from './render-block-kit.js';
import { sendSlackReply, type SlackTurnPlace } from './slack-reply.js';
import { withinBudget } from './within-budget.js';

function parsePayload(value: string | undefined): Payload {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Payload) : {};
  } catch {
    return {};
  }
}

const ourPrefix = new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}`);
const ourForms = new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}form\\.`);

/**
 * Slack's ways in: the `/saksgang` command, direct messages and mentions (the command grammar), buttons
 * (by stable action id) and modal submissions (by form id). Each turns into one dispatcher call. A turn
 * that takes longer than Slack's three seconds answers "working on it" and delivers its reply when done.
 */
export function registerSlackListeners(app: App, services: AppServices, dispatcher: Dispatcher, options: { budgetMs?: number } = {}): void {
  const { log } = services;
  const budget = <T>(work: Promise<T>) => withinBudget(work, options.budgetMs);
  const fallbackLocale = services.config.DEFAULT_LOCALE;
  /** The person's language if they are already identified; never waits. */
  const knownLocale = async (ctx: Promise<TurnContext>): Promise<Locale | null> => (await Promise.race([ctx, Promise.resolve(null)]))?.actor.locale ?? null;
  const turn = async (userId: string): Promise<TurnContext> => ({
    services,
    actor: await identifyActor(services.db, { platform: 'slack', userId }, services.config.DEFAULT_LOCALE),
  });
  /** Work that goes on after Slack was answered; if it fails, the person is told rather than left waiting. */
  const later = (what: string, work: Promise<unknown>, tell: (text: string) => Promise<unknown>, locale: Locale) => {
    void work.catch(async (error: unknown) => {
      log.error('late Slack reply failed', { what, error });
      await tell(t(locale, conversationTexts.somethingWentWrong)).catch(() => undefined);
    });
  };
  const tellUser = (client: WebClient, place: SlackTurnPlace) => (text: string) => sendSlackReply(client, place, { kind: 'message', message: plainMessage(text) });

  /** A slash command's reply that missed the budget: by response_url, and a form only while its trigger lives. */
  async function replyLate(client: WebClient, respond: RespondFn, triggerId: string, ctx: TurnContext, result: Reply): Promise<void> {
    if (result.kind === 'form') {
      try {
        await client.views.open({ trigger_id: triggerId, view: renderModal(result.form) as never });
      } catch {
        await respond({ response_type: 'ephemeral', text: t(ctx.actor.locale, conversationTexts.formTooSlow) });
      }
      return;
    }
    if (result.kind === 'none') await respond({ delete_original: true });
    else if (result.kind === 'formErrors') await respond({ response_type: 'ephemeral', replace_original: true, text: Object.values(result.errors).join('\n') });
    else await respond({ response_type: 'ephemeral', replace_original: true, ...renderMessage(result.message) });
  }

  app.command('/saksgang', async ({ command, ack, client, respond }) => {
    const ctxPromise = turn(command.user_id);
    const work = ctxPromise.then((ctx) => dispatcher.command(ctx, command.text));
    const budgeted = await budget(work).catch((error: unknown) => {
      log.error('Slack command failed', { error });
      return null;
    });
    if (!budgeted) return ack({ response_type: 'ephemeral', text: t(fallbackLocale, conversationTexts.somethingWentWrong) });
    if (!budgeted.done) {
      const locale = (await knownLocale(ctxPromise)) ?? fallbackLocale;
      await ack({ response_type: 'ephemeral', text: t(locale, conversationTexts.working) });
      later(
        'command',
        budgeted.later.then(async (result) => replyLate(client, respond, command.trigger_id, await ctxPromise, result)),
        (text) => respond({ response_type: 'ephemeral', replace_original: true, text }),
        locale,
      );
      return;
    }
    const result = budgeted.value;
    if (result.kind === 'form') {
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: renderModal(result.form) as never });
      return;
    }
    if (result.kind === 'none' || result.kind === 'formErrors') return ack();
    await ack({ response_type: 'ephemeral', ...renderMessage(result.message) });
  });

  /** Events: a retry after Slack's time-out is already being handled; a retry after an error is handled anew. */
  async function onCommandText(client: WebClient, retry: { num?: number; reason?: string }, userId: string, text: string, place: SlackTurnPlace): Promise<void> {
    if (retry.num && retry.reason === 'http_timeout') {
      log.info('ignored a Slack retry of an event already being handled', { retryNum: retry.num });
      return;
    }
    const ctxPromise = turn(userId);
    const work = ctxPromise.then(async (ctx) => sendSlackReply(client, place, await dispatcher.command(ctx, text)));
    const tell = tellUser(client, place);
    const budgeted = await budget(work).catch(async (error: unknown) => {
      log.error('Slack event failed', { error });
      await tell(t((await knownLocale(ctxPromise)) ?? fallbackLocale, conversationTexts.somethingWentWrong)).catch(() => undefined);
      return null;
    });
    if (budgeted && !budgeted.done) later('event', budgeted.later, tell, (await knownLocale(ctxPromise)) ?? fallbackLocale);
  }

  app.message(async ({ message, client, context }) => {
    const m = message as { subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; channel_type?: string; ts: string };
    if (m.subtype || m.bot_id || !m.user || m.channel_type !== 'im') return;
    await onCommandText(client, { num: context.retryNum, reason: context.retryReason }, m.user, m.text ?? '', { userId: m.user, channelId: m.channel });
  });

  app.event('app_mention', async ({ event, client, context }) => {
    if (!event.user) return;
    await onCommandText(client, { num: context.retryNum, reason: context.retryReason }, event.user, event.text, { userId: event.user, channelId: event.channel, threadTs: event.thread_ts ?? event.ts });
  });

  app.action(ourPrefix, async ({ action, body, ack, client }) => {
    await ack();
    const a = action as { action_id: string; value?: string };
    const actionId = a.action_id.split('#')[0]!;
    const b = body as { user: { id: string }; trigger_id?: string; channel?: { id: string }; message?: { ts: string } };
    const place = { userId: b.user.id, channelId: b.channel?.id, messageTs: b.message?.ts, triggerId: b.trigger_id };
    const ctxPromise = turn(b.user.id);
    const work = ctxPromise.then(async (ctx) => {
      const result = await dispatcher.action(ctx, actionId, parsePayload(a.value));
      try {
        await sendSlackReply(client, place, result);
      } catch (error) {
        // A form whose trigger expired while the turn ran: say so instead of showing nothing.
        if (result.kind !== 'form') throw error;
        await sendSlackReply(client, place, { kind: 'message', message: plainMessage(t(ctx.actor.locale, conversationTexts.buttonFormTooSlow)) });
      }
    });
    const tell = tellUser(client, { ...place, messageTs: undefined });
    const budgeted = await budget(work).catch(async (error: unknown) => {
      log.error('Slack action failed', { error });
      await tell(t((await knownLocale(ctxPromise)) ?? fallbackLocale, conversationTexts.somethingWentWrong)).catch(() => undefined);
      return null;
    });
    if (budgeted && !budgeted.done) later('action', budgeted.later, tell, (await knownLocale(ctxPromise)) ?? fallbackLocale);
  });

  app.view(ourForms, async ({ view, body, ack, client }) => {
    const ctxPromise = turn(body.user.id);
    const work = ctxPromise.then((ctx) => dispatcher.submit(ctx, view.callback_id, readViewValues(view.state as never), parsePayload(view.private_metadata)));
    const budgeted = await budget(work).catch((error: unknown) => (log.error('Slack form submission failed', { error }), null));
    if (!budgeted) {
      const firstInput = ((view.blocks ?? []) as { type: string; block_id?: string }[]).find((b) => b.type === 'input')?.block_id;
      const text = t(fallbackLocale, conversationTexts.somethingWentWrong);
      return firstInput ? ack({ response_action: 'errors', errors: { [firstInput]: text } }) : ack();
    }
    if (!budgeted.done) {
      // Too slow to answer in the modal: a "working on it" view is pushed on top of the form, which stays
      // underneath with everything typed. The outcome replaces the pushed view: a confirmation closes both,
      // a refusal or errors say what to fix and the person closes it to get back to the form.
      const locale = (await knownLocale(ctxPromise)) ?? fallbackLocale;
      const title = view.title?.text ?? 'Saksgang';
      const close = t(locale, conversationTexts.close);
      const externalId = `saksgang-working-${view.id}-${Date.now()}`;
      await ack({ response_action: 'push', view: renderMessageModal(title, close, plainMessage(t(locale, conversationTexts.working)), { externalId }) as never });
      const dm = tellUser(client, { userId: body.user.id });
      later(
        'view',
        budgeted.later.then(async (result) => {
          const done = result.kind === 'formDone' || result.kind === 'update' || result.kind === 'none';
          const message =
            result.kind === 'formErrors'
              ? plainMessage([...Object.values(result.errors).map((e) => `⚠️ ${e}`), t(locale, conversationTexts.backToForm)].join('\n'))
              : 'message' in result
                ? done
                  ? result.message
                  : { ...result.message, blocks: [...result.message.blocks, { type: 'context' as const, text: t(locale, conversationTexts.backToForm) }] }
                : plainMessage('✓');
          const next = result.kind === 'form' ? renderModal(result.form) : renderMessageModal(title, close, message, { clearOnClose: done });
          try {
            await client.views.update({ external_id: externalId, view: next as never });
          } catch {
            // The person closed the view meanwhile: the outcome comes as a direct message instead.
            await dm(message.text);
            return;
          }
          if (result.kind === 'formDone') await sendSlackReply(client, { userId: body.user.id }, result);
        }),
        dm,
        locale,
      );
      return;
    }
    const result = budgeted.value;
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
