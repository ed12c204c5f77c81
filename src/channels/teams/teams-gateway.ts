import { CardFactory, MessageFactory, TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Message } from '../../ui/model.js';
import { unescapeMarkup } from '../../ui/markup.js';
import type { ChannelGateway, DirectTarget, PostedMessage } from '../gateway.js';
import { classifyTeamsError } from './classify-teams-error.js';
import { renderMessageCard } from './render-adaptive-card.js';

const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export interface TeamsGatewayOptions {
  appId: string;
  tenantId?: string | undefined;
  serviceUrl: string;
  /** Stores the reference of a conversation the bot opened, so the next message reuses it. */
  rememberConversation?: (personId: string, reference: Partial<ConversationReference>) => Promise<void>;
}

/** The activity for a neutral message: the card, with the plain text for notifications. */
export function toActivity(message: Message) {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(renderMessageCard(message)));
  activity.text = undefined;
  activity.summary = unescapeMarkup(message.text);
  return activity;
}

/**
 * Outbound Teams messages through the Bot Framework connector: proactive messages continue a stored
 * conversation reference, or open a 1:1 conversation with the user's Teams id when there is none yet.
 */
export function createTeamsGateway(adapter: CloudAdapter, options: TeamsGatewayOptions): ChannelGateway {
  /**
   * Runs `logic` in a proactive turn. The adapter hands errors raised inside a turn to its onTurnError
   * handler, which logs and swallows them; we need them here, so they are caught inside and rethrown.
   */
  async function inTurn<T>(start: (logic: (context: TurnContext) => Promise<void>) => Promise<void>, logic: (context: TurnContext) => Promise<T>): Promise<T> {
    let result: { value: T } | undefined;
    let failure: unknown;
    try {
      await start(async (context) => {
        try {
          result = { value: await logic(context) };
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure ??= error;
    }
    if (failure !== undefined || !result) throw classifyTeamsError(failure);
    return result.value;
  }

  async function send(context: TurnContext, message: Message): Promise<PostedMessage> {
    const response = await context.sendActivity(toActivity(message));
    return { platform: 'teams', conversationId: context.activity.conversation.id, messageId: response?.id ?? '' };
  }

  function sendOn(reference: Partial<ConversationReference>, message: Message): Promise<PostedMessage> {
    return inTurn((logic) => adapter.continueConversationAsync(options.appId, reference, logic), (context) => send(context, message));
  }

  function channelReference(conversationId: string): Partial<ConversationReference> {
    return {
      channelId: 'msteams',
      serviceUrl: options.serviceUrl,
      conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '', tenantId: options.tenantId },
      bot: { id: options.appId, name: 'Saksgang' },
    } as Partial<ConversationReference>;
  }

  return {
    platform: 'teams',
    async sendDirect(target: DirectTarget, message: Message) {
      if (target.teamsConversationRef) return sendOn(target.teamsConversationRef as Partial<ConversationReference>, message);
      if (!target.teamsUserId) throw classifyTeamsError({ statusCode: 404 });
      const parameters = {
        isGroup: false,
        members: [{ id: target.teamsUserId, name: '' }],
        tenantId: options.tenantId,
        channelData: { tenant: { id: options.tenantId } },
      };
      return inTurn(
        (logic) => adapter.createConversationAsync(options.appId, 'msteams', options.serviceUrl, BOT_FRAMEWORK_AUDIENCE, parameters as never, logic),
        async (context) => {
          await options.rememberConversation?.(target.personId, TurnContext.getConversationReference(context.activity));
          return send(context, message);
        },
      );
    },
    sendToConversation(conversationId: string, message: Message, conversationRef?: unknown) {
      return sendOn((conversationRef as Partial<ConversationReference> | undefined) ?? channelReference(conversationId), message);
    },
    async update(posted: PostedMessage, message: Message) {
      await inTurn(
        (logic) => adapter.continueConversationAsync(options.appId, channelReference(posted.conversationId), logic),
        async (context) => {
          await context.updateActivity({ ...toActivity(message), id: posted.messageId, conversation: { id: posted.conversationId } as never });
        },
      );
    },
  };
}
