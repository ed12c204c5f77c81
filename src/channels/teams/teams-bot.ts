import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type SearchInvokeResponse,
  type SearchInvokeValue,
} from 'botbuilder';
import type { AppServices } from '../../app/services.js';
import { SEARCH_LIMIT, type Dispatcher } from '../../conversation/dispatch.js';
import type { TurnContext as SaksgangTurn } from '../../conversation/handler-types.js';
import { identifyActor } from '../../conversation/identify-actor.js';
import { rememberConversationReference } from '../../conversation/remember-conversation-reference.js';
import type { Reply } from '../../conversation/reply.js';
import type { TurnKind } from '../../observability/metrics.js';
import { newTurnId } from '../../observability/new-turn-id.js';
import { CARD_HOME, markHomeActions, renderFormCard, renderMessageCard, type AdaptiveCard } from './render-adaptive-card.js';
import { readCardSubmission } from './read-card-submission.js';
import { toActivity } from './teams-gateway.js';
import { unescapeMarkup } from '../../ui/markup.js';

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const SEARCH_RESPONSE_TYPE = 'application/vnd.microsoft.search.searchResponse';

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card as never };
}

/**
 * Teams' ways in: messages to the bot (the command grammar), `Action.Execute` card actions (by verb:
 * a button's action id or a form's id), search pickers' questions (`application/search`, by data set) and the
 * app's installation in a 1:1 chat (the home card). Each becomes one dispatcher call; the reply is rendered here.
 */
export class TeamsBot extends ActivityHandler {
  constructor(
    private readonly services: AppServices,
    private readonly dispatcher: Dispatcher,
  ) {
    super();
    this.onMessage(async (context, next) => {
      const ended = this.services.metrics?.startTurn('teams', 'message');
      try {
        const firstContact = await this.isFirstContact(context);
        const ctx = await this.turn(context);
        const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
        // A person's first words to the bot that are no command ("hei") get their whole home card.
        const result = await this.dispatcher.command(ctx, firstContact && ctx.place !== 'shared' && !this.dispatcher.knowsCommand(text) ? 'home' : text);
        await this.deliver(ctx, 'message reply', () => this.send(context, result));
      } finally {
        ended?.();
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /**
   * The app installed in a person's 1:1 chat (a `conversationUpdate` that adds the bot): the person gets their
   * home card, as `home` gives it. Nothing is sent when the bot is added to a team or group chat: the home is
   * personal.
   */
  private async welcome(context: TurnContext): Promise<void> {
    const { activity } = context;
    const botAdded = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient?.id);
    const personal = activity.conversation?.conversationType === 'personal' || (!activity.conversation?.conversationType && !activity.conversation?.isGroup);
    if (!botAdded || !personal) return;
    const ended = this.services.metrics?.startTurn('teams', 'message');
    try {
      const ctx = await this.turn(context);
      const result = await this.dispatcher.command(ctx, 'home');
      await this.deliver(ctx, 'home on install', () => this.send(context, result));
    } finally {
      ended?.();
    }
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb ?? '';
    const submission = readCardSubmission(verb, invokeValue.action?.data as Record<string, unknown> | undefined);
    const kind: TurnKind = submission.formId ? 'submit' : 'action';
    const ended = this.services.metrics?.startTurn('teams', kind);
    try {
      return await this.invoke(context, submission, verb, invokeValue.action?.data as Record<string, unknown> | undefined);
    } finally {
      ended?.();
    }
  }

  /**
   * A search picker's question (`Input.ChoiceSet` with `Data.Query`: the person typed into it). Nothing changes,
   * so the person is only identified (no conversation reference is written) and nothing is audited.
   */
  protected override async onSearchInvoke(context: TurnContext, invokeValue: SearchInvokeValue): Promise<SearchInvokeResponse> {
    const services: AppServices = { ...this.services, log: this.services.log.child({ turnId: newTurnId(), platform: 'teams' }) };
    const from = context.activity.from;
    const actor = await identifyActor(
      services.db,
      { platform: 'teams', userId: from.id, aadObjectId: from.aadObjectId ?? null, localeHint: context.activity.locale ?? null },
      services.config.DEFAULT_LOCALE,
    );
    const top = Number(invokeValue.queryOptions?.top);
    const limit = Number.isInteger(top) && top > 0 ? Math.min(top, SEARCH_LIMIT) : SEARCH_LIMIT;
    const options = await this.dispatcher.search({ services, actor }, invokeValue.dataset ?? '', invokeValue.queryText ?? '', limit);
    return { statusCode: 200, type: SEARCH_RESPONSE_TYPE, value: { results: options.map((o) => ({ title: unescapeMarkup(o.label), value: o.value })) } as never };
  }

  /**
   * A card action. When the card is the person's home card, or was opened from it (its actions carry `_home`),
   * every card this turn answers with carries the home card's activity id on, and once the turn is done the home
   * card is re-rendered in place (`refreshHome`): the person's own card in their own chat, so it is the turn's
   * own answer, and it no longer shows what they have just done.
   */
  private async invoke(context: TurnContext, submission: ReturnType<typeof readCardSubmission>, verb: string, data: Record<string, unknown> | undefined): Promise<AdaptiveCardInvokeResponse> {
    const ctx = await this.turn(context);
    const result = submission.formId
      ? await this.dispatcher.submit(ctx, submission.formId, submission.values, submission.context, submission.submissionKey)
      : await this.dispatcher.action(ctx, verb, submission.payload);
    const marker = data?.[CARD_HOME];
    const homeId = marker === true ? context.activity.replyToId : typeof marker === 'string' ? marker : undefined;
    // A click on the home card answered with an update is the home itself, fresh ("Refresh", "Done").
    const homeAnswered = marker === true && result.kind === 'update';
    const home = homeAnswered ? undefined : homeId;
    if (home && result.kind !== 'form' && result.kind !== 'formErrors') await this.refreshHome(ctx, context, home);
    return this.answerInvoke(ctx, context, submission, result, home);
  }

  /** The person's home card (activity `homeId` in this chat) rebuilt as `home` gives it, and updated in place. */
  private async refreshHome(ctx: SaksgangTurn, context: TurnContext, homeId: string): Promise<void> {
    const home = await this.dispatcher.command(ctx, 'home');
    if (home.kind !== 'message' || home.message.surface !== 'home') return;
    await this.deliver(ctx, 'home card refreshed', () => context.updateActivity({ ...toActivity(home.message), id: homeId }));
  }

  /** The invoke's answer; every card in it carries `homeId` on when the turn started from the home card. */
  private async answerInvoke(
    ctx: SaksgangTurn,
    context: TurnContext,
    submission: ReturnType<typeof readCardSubmission>,
    result: Reply,
    homeId: string | undefined,
  ): Promise<AdaptiveCardInvokeResponse> {
    const mark = <T>(card: T): T => (homeId ? markHomeActions(card, homeId) : card);
    switch (result.kind) {
      case 'formErrors':
        return cardResponse(mark(renderFormCard(result.form, result.errors)));
      case 'form':
        // A form opened from a button comes as a new card, so the message with the button stays.
        if (!submission.formId) {
          await this.deliver(ctx, 'form card', () => context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(mark(renderFormCard(result.form))))));
          return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.form.title as never };
        }
        return cardResponse(mark(renderFormCard(result.form)));
      case 'update':
      case 'formDone':
        return cardResponse(result.message.surface === 'home' ? renderMessageCard(result.message) : mark(renderMessageCard(result.message)));
      case 'message':
        await this.deliver(ctx, 'card reply', () => context.sendActivity(result.message.surface === 'home' ? toActivity(result.message) : mark(toActivity(result.message))));
        return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.message.text as never };
      case 'none':
        return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' as never };
    }
  }

  /** A roster person writing in their 1:1 chat for the first time: no conversation of theirs is remembered yet. */
  private async isFirstContact(context: TurnContext): Promise<boolean> {
    const { from, conversation } = context.activity;
    if (conversation?.conversationType !== 'personal') return false;
    const person =
      (from.aadObjectId ? await this.services.db.person.findUnique({ where: { aadObjectId: from.aadObjectId }, select: { teamsConversationRef: true } }) : null) ??
      (await this.services.db.person.findUnique({ where: { teamsUserId: from.id }, select: { teamsConversationRef: true } }));
    return person !== null && person.teamsConversationRef === null;
  }

  /** The turn's context: the person, and services whose log carries the turn's id and platform. */
  private async turn(context: TurnContext): Promise<SaksgangTurn> {
    const services: AppServices = { ...this.services, log: this.services.log.child({ turnId: newTurnId(), platform: 'teams' }) };
    const from = context.activity.from;
    const actor = await identifyActor(
      this.services.db,
      { platform: 'teams', userId: from.id, aadObjectId: from.aadObjectId ?? null, localeHint: context.activity.locale ?? null },
      this.services.config.DEFAULT_LOCALE,
    );
    const conversation = context.activity.conversation;
    const reference = TurnContext.getConversationReference(context.activity);
    if (actor.personId && conversation?.conversationType !== 'channel' && !conversation?.isGroup) {
      // The 1:1 conversation, so reminders can reach this person later.
      await rememberConversationReference(this.services.db, { kind: 'person', personId: actor.personId, reference, teamsUserId: from.id });
    }
    if (conversation?.conversationType === 'channel') {
      // A message in a channel (e.g. an @mention) carries the channel's own reference, with its regional service URL.
      const channelId = (context.activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id ?? conversation.id.split(';')[0]!;
      const channelReference = { ...reference, conversation: { ...reference.conversation, id: channelId } };
      await rememberConversationReference(this.services.db, { kind: 'committee-channel', channelId, reference: channelReference });
    }
    const shared = conversation?.conversationType === 'channel' || conversation?.conversationType === 'groupChat' || conversation?.isGroup === true;
    return { services, actor, place: shared ? 'shared' : 'personal' };
  }

  /**
   * Sends a reply after the turn's change was made: a failure here is logged, never reported as a failure
   * of the change (which would make the person do it again).
   */
  private async deliver(ctx: SaksgangTurn, what: string, send: () => Promise<unknown>): Promise<void> {
    await send().catch((error: unknown) => ctx.services.log.error('Teams reply could not be sent', { what, error }));
  }

  private async send(context: TurnContext, result: Reply): Promise<void> {
    switch (result.kind) {
      case 'none':
        return;
      case 'form':
      case 'formErrors':
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(renderFormCard(result.form, result.kind === 'formErrors' ? result.errors : {}))));
        return;
      default:
        await context.sendActivity(toActivity(result.message));
    }
  }
}
