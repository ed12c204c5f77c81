import { CardFactory, MessageFactory, TurnContext, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Message } from '../../ui/model.js';
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
  activity.summary = message.text;
  return activity;
}

/**
 * Outbound Teams messages through the Bot Framework connector: proactive messages continue a stored
 * conversation reference, or open a 1:1 conversation with the user's Teams id when there is none yet.
 */
export function createTeamsGateway(adapter: CloudAdapter, options: TeamsGatewayOptions): ChannelGateway {
  async function sendOn(reference: Partial<ConversationReference>, message: Message): Promise<PostedMessage> {
    let posted: PostedMessage | undefined;
    try {
      await adapter.continueConversationAsync(options.appId, reference, async (context: TurnContext) => {
        const response = await context.sendActivity(toActivity(message));
        posted = { platform: 'teams', conversationId: context.activity.conversation.id, messageId: response?.id ?? '' };
      });
    } catch (error) {
      throw classifyTeamsError(error);
    }
    return posted!;
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
      let posted: PostedMessage | undefined;
      try {
        await adapter.createConversationAsync(
          options.appId,
          'msteams',
          options.serviceUrl,
          BOT_FRAMEWORK_AUDIENCE,
          { isGroup: false, members: [{ id: target.teamsUserId, name: '' }], tenantId: options.tenantId, channelData: { tenant: { id: options.tenantId } } } as never,
          async (context) => {
            const reference = TurnContext.getConversationReference(context.activity);
            await options.rememberConversation?.(target.personId, reference as Partial<ConversationReference>);
            const response = await context.sendActivity(toActivity(message));
            posted = { platform: 'teams', conversationId: context.activity.conversation.id, messageId: response?.id ?? '' };
          },
        );
      } catch (error) {
        throw classifyTeamsError(error);
      }
      return posted!;
    },
    sendToConversation(conversationId: string, message: Message, conversationRef?: unknown) {
      return sendOn((conversationRef as Partial<ConversationReference> | undefined) ?? channelReference(conversationId), message);
    },
    async update(posted: PostedMessage, message: Message) {
      try {
        await adapter.continueConversationAsync(options.appId, channelReference(posted.conversationId), async (context) => {
          await context.updateActivity({ ...toActivity(message), id: posted.messageId, conversation: { id: posted.conversationId } as never });
        });
      } catch (error) {
        throw classifyTeamsError(error);
      }
    },
  };
}
