import { createHmac, timingSafeEqual } from 'node:crypto';
import { ActionIds } from '../ui/action-ids.js';
import { parse as parseQuery } from 'node:querystring';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { sendBadRequest } from './bad-request.js';
import { exceedsDepth } from './exceeds-depth.js';

/** Slack's own window: a request signed more than five minutes before or after now is a replay (or a forged clock). */
export const SLACK_TIMESTAMP_WINDOW_S = 5 * 60;
const MAX_DEPTH = 24;
/** Bolt's own limit; Slack's largest payloads (a modal's state) stay far below it. */
const BODY_LIMIT = '4mb';

const id = z.string().min(1).max(255);
const text = z.string().max(40_000);
const person = z.looseObject({ id, team_id: z.string().optional() });
const team = z.looseObject({ id: z.string() }).nullable().optional();

const urlVerification = z.looseObject({ type: z.literal('url_verification'), challenge: z.string().max(1_000) });
const sslCheck = z.looseObject({ ssl_check: z.string(), token: z.string().optional() });

const command = z.looseObject({
  command: z.literal('/saksgang'),
  text: text.optional(),
  user_id: id,
  team_id: z.string().optional(),
  channel_id: z.string().optional(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
});

const event = z.looseObject({
  type: id,
  user: z.string().optional(),
  text: text.optional(),
  channel: z.string().optional(),
  channel_type: z.string().optional(),
  ts: z.string().optional(),
  thread_ts: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
const eventCallback = z.looseObject({
  type: z.literal('event_callback'),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullable().optional(),
  event_id: z.string().optional(),
  authorizations: z.array(z.looseObject({ is_enterprise_install: z.boolean().optional() })).optional(),
  event: event.refine((e) => (e.type === 'app_mention' ? e.user !== undefined && e.text !== undefined && e.channel !== undefined && e.ts !== undefined : true)),
});

const blockActions = z.looseObject({
  type: z.literal('block_actions'),
  team,
  user: person,
  trigger_id: z.string().optional(),
  channel: z.looseObject({ id }).optional(),
  message: z.looseObject({ ts: z.string() }).optional(),
  container: z.looseObject({}).optional(),
  actions: z.array(z.looseObject({ action_id: id, type: z.string().optional(), value: text.optional() })).min(1).max(25),
});

const stateValue = z.looseObject({
  type: z.string().optional(),
  value: text.nullable().optional(),
  selected_option: z.looseObject({ value: text }).nullable().optional(),
  selected_options: z.array(z.looseObject({ value: text })).optional(),
  selected_date: z.string().nullable().optional(),
  selected_time: z.string().nullable().optional(),
  selected_user: z.string().nullable().optional(),
});
const viewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  team,
  user: person,
  view: z.looseObject({
    id: z.string().optional(),
    hash: z.string().optional(),
    callback_id: id,
    private_metadata: text.optional(),
    title: z.looseObject({ text: z.string() }).optional(),
    blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })).optional(),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), stateValue)) }).optional(),
  }),
});

/** A search picker's question: what the person typed into an `external_select` (its action id names the data set). */
const blockSuggestion = z.looseObject({
  type: z.literal('block_suggestion'),
  team,
  user: person,
  action_id: id,
  block_id: z.string().max(255).optional(),
  value: z.string().max(2_000),
});

const slackBody = z.union([urlVerification, sslCheck, command, eventCallback, blockActions, viewSubmission, blockSuggestion]);

/** What the validator asks of the handler registry: is this button, form or search picker's data set ours? */
export interface KnownIds {
  action(actionId: string): unknown;
  form(formId: string): unknown;
  search(dataset: string): unknown;
}

/** Slack's v0 signature over the raw body, and a timestamp within the window on either side of now. */
function verifySignature(secret: string, raw: string, req: Request, nowS: number): boolean {
  const timestamp = req.headers['x-slack-request-timestamp'];
  const signature = req.headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowS - Number(timestamp)) > SLACK_TIMESTAMP_WINDOW_S) return false;
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${raw}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Parsed the way Bolt parses it (`parseRequestBody`), so what passes here is what Bolt's listeners see. */
function parseSlackBody(raw: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseQuery(raw);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(raw);
}

/** The callback id of the modal a click came from, or '' when it came from no modal. */
function formOfView(body: unknown): string {
  const view = (body as { view?: { callback_id?: unknown } }).view;
  return typeof view?.callback_id === 'string' ? view.callback_id : '';
}

/** True when every button and form named in the body is one of ours. */
function namesKnownIds(body: unknown, known: KnownIds): boolean {
  const clicked = blockActions.safeParse(body);
  // A form's second action in a modal names the modal's form, which must be ours too.
  if (clicked.success) {
    return clicked.data.actions.every((a) =>
      a.action_id === ActionIds.formAlternative ? Boolean(known.form(formOfView(body))) : Boolean(known.action(a.action_id.split('#')[0]!)),
    );
  }
  const submitted = viewSubmission.safeParse(body);
  if (submitted.success) return Boolean(known.form(submitted.data.view.callback_id));
  const suggestion = blockSuggestion.safeParse(body);
  if (suggestion.success) return Boolean(known.search(suggestion.data.action_id));
  return true;
}

/**
 * Guards /slack/events before Bolt: the signature and a timestamp within ±5 minutes (Bolt refuses only the
 * past) give 401; a signed body that is not one of the shapes we handle, or names a button or form we do not
 * know, gives 400 with a short JSON error, so no listener ever sees it. The raw body is handed on as
 * `req.rawBody`, which Bolt reads and verifies again.
 */
export function validateSlackBody(options: { signingSecret: string; known: KnownIds; now?: () => number }): RequestHandler[] {
  const now = options.now ?? Date.now;
  const readRaw = express.raw({ type: () => true, limit: BODY_LIMIT });
  const check = (req: Request, res: Response, next: NextFunction): void => {
    const buffer: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const raw = buffer.toString('utf8');
    if (!verifySignature(options.signingSecret, raw, req, Math.floor(now() / 1000))) {
      sendBadRequest(res, 401, 'unauthorized');
      return;
    }
    let parsed: unknown;
    try {
      parsed = parseSlackBody(raw, req.headers['content-type']);
    } catch {
      sendBadRequest(res);
      return;
    }
    const shaped = exceedsDepth(parsed, MAX_DEPTH) ? null : slackBody.safeParse(parsed);
    if (!shaped?.success || !namesKnownIds(shaped.data, options.known)) {
      sendBadRequest(res);
      return;
    }
    (req as Request & { rawBody?: Buffer }).rawBody = buffer;
    req.body = undefined;
    next();
  };
  return [readRaw, check];
}
