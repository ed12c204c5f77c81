import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { sendBadRequest } from '../../web/bad-request.js';
import { exceedsDepth } from '../../web/exceeds-depth.js';
import { CARD_FORM_ID } from './render-adaptive-card.js';

const MAX_DEPTH = 24;
const id = z.string().min(1).max(1_000);
const account = z.looseObject({ id, name: z.string().max(1_000).nullable().optional(), aadObjectId: z.string().max(255).nullable().optional() });

const entity = z
  .looseObject({ type: z.string().max(255), mentioned: z.looseObject({ id: z.string() }).optional(), text: z.string().optional() })
  .refine((e) => e.type.toLowerCase() !== 'mention' || (e.mentioned !== undefined && e.text !== undefined));

const activity = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: z.string().max(1_000).optional(),
    name: z.string().max(255).optional(),
    channelId: z.string().min(1).max(255),
    serviceUrl: z.url({ protocol: /^https?$/ }).max(2_000),
    timestamp: z.string().max(64).optional(),
    locale: z.string().max(64).nullable().optional(),
    text: z.string().max(40_000).nullable().optional(),
    from: account,
    recipient: account,
    conversation: z.looseObject({ id, conversationType: z.string().max(64).nullable().optional(), isGroup: z.boolean().nullable().optional(), tenantId: z.string().max(255).nullable().optional() }),
    channelData: z.looseObject({ channel: z.looseObject({ id: z.string().optional() }).nullable().optional() }).nullable().optional(),
    entities: z.array(entity).max(50).optional(),
    value: z.unknown().optional(),
  })
  // Bot Framework strips a mention of the bot from the text; a mention needs text to strip it from.
  .refine((a) => !a.entities?.some((e) => e.type.toLowerCase() === 'mention') || typeof a.text === 'string');

const cardAction = z.looseObject({
  action: z.looseObject({ type: z.literal('Action.Execute'), verb: id, data: z.record(z.string(), z.unknown()).optional() }),
});

/** What the validator asks of the handler registry: is this card verb, form or search picker's data set ours? */
export interface KnownVerbs {
  action(actionId: string): unknown;
  form(formId: string): unknown;
  search(dataset: string): unknown;
}

const searchQuery = z.looseObject({ dataset: id, queryText: z.string().max(2_000).optional(), kind: z.string().max(64).optional() });

/** A card action is ours when it submits a form we know, or is a button we know. */
function knowsCardAction(value: z.infer<typeof cardAction>, known: KnownVerbs): boolean {
  const formId = value.action.data?.[CARD_FORM_ID];
  if (formId !== undefined) return typeof formId === 'string' && Boolean(known.form(formId));
  return Boolean(known.action(value.action.verb));
}

/**
 * Guards POST /api/messages before Bot Framework sees the body: an activity that is not the shape Bot
 * Framework and our bot rely on, a card action naming a verb we do not know, or a search naming a data set we
 * do not have, gets 400 with a short JSON
 * error, so no handler runs. Other invoke names pass: the SDK answers them "501 Not Implemented", as Bot
 * Framework channels expect of an invoke a bot does not handle.
 */
export function validateActivity(known: KnownVerbs): RequestHandler {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.body;
    const shaped = exceedsDepth(body, MAX_DEPTH) ? null : activity.safeParse(body);
    if (!shaped?.success) {
      sendBadRequest(res);
      return;
    }
    if (shaped.data.type === 'invoke' && shaped.data.name === 'adaptiveCard/action') {
      const value = cardAction.safeParse(shaped.data.value);
      if (!value.success || !knowsCardAction(value.data, known)) {
        sendBadRequest(res);
        return;
      }
    }
    if (shaped.data.type === 'invoke' && shaped.data.name === 'application/search') {
      const value = searchQuery.safeParse(shaped.data.value);
      if (!value.success || !known.search(value.data.dataset)) {
        sendBadRequest(res);
        return;
      }
    }
    next();
  };
}
