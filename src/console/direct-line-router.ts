import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AppServices } from '../app/services.js';
import { dataQueryDatasets, readConsoleExecute, toWebChatActivity } from './card-execute-bridge.js';
import { listSearchChoices } from './list-search-choices.js';
import { CONSOLE_BOT, CONSOLE_PATHS, CONSOLE_TENANT, consoleConnectorUrl } from './console-paths.js';
import { encodeSession, readSession, type ConsoleSession } from './console-session.js';
import type { ConsoleActivity, ConsoleStore } from './console-store.js';
import { forwardToBot } from './forward-to-bot.js';
import { localBaseUrl } from './local-base-url.js';

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const TOKEN_SECONDS = 3600;

type SessionRequest = Request & { session?: ConsoleSession };

/**
 * Direct Line 3.0 for Web Chat (polling; no WebSocket): start or resume a conversation, post an activity,
 * read activities after a watermark. Each posted activity is echoed into the transcript (Web Chat waits for
 * its own message to come back) and handed to the bot as a Teams activity from the played person, with the
 * console's connector as `serviceUrl`. A card click comes as a post-back and goes to the bot as the
 * `adaptiveCard/action` invoke; a card in the bot's invoke response replaces the card that was clicked.
 */
export function createDirectLineRouter(store: ConsoleStore, services: AppServices): Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));

  const authenticate = (req: SessionRequest, res: Response, next: NextFunction) => {
    const session = readSession(req);
    const conversationId = req.params.conversationId;
    if (!session || (conversationId !== undefined && conversationId !== session.conversationId)) {
      res.status(403).json({ error: { code: 'BadArgument', message: 'unknown token or conversation; pick a person in the console again' } });
      return;
    }
    req.session = session;
    next();
  };
  const conversation = (session: ConsoleSession) => ({ conversationId: session.conversationId, token: encodeSession(session), expires_in: TOKEN_SECONDS });

  router.post('/conversations', authenticate, (req: SessionRequest, res: Response) => {
    res.status(201).json(conversation(req.session!));
  });
  router.get('/conversations/:conversationId', authenticate, (req: SessionRequest, res: Response) => {
    res.status(200).json(conversation(req.session!));
  });
  router.post('/tokens/refresh', authenticate, (req: SessionRequest, res: Response) => {
    res.status(200).json(conversation(req.session!));
  });

  router.get('/conversations/:conversationId/activities', authenticate, async (req: SessionRequest, res: Response) => {
    const page = store.since(req.session!.conversationId, Number(req.query.watermark ?? 0));
    // Search pickers list their choices here: Web Chat cannot ask the bot with `Data.Query` (docs/console.md).
    const datasets = [...new Set(page.activities.flatMap(dataQueryDatasets))];
    const choices = await listSearchChoices(services, req.session!.personKey, datasets).catch((error: unknown) => {
      services.log.warn('console: could not list search choices', { error: error instanceof Error ? error.message : String(error) });
      return new Map();
    });
    res.status(200).json({ activities: page.activities.map((a) => toWebChatActivity(a, choices)), watermark: String(page.watermark) });
  });

  router.post('/conversations/:conversationId/activities', authenticate, async (req: SessionRequest, res: Response) => {
    const session = req.session!;
    const person = await services.db.person.findUnique({ where: { key: session.personKey } });
    if (!person?.teamsUserId) {
      res.status(404).json({ error: { code: 'BadArgument', message: `no roster person "${session.personKey}" with a Teams id` } });
      return;
    }
    const incoming = (req.body ?? {}) as ConsoleActivity;
    const from = { id: person.teamsUserId, name: person.name, ...(person.aadObjectId ? { aadObjectId: person.aadObjectId } : {}) };
    const echoed = store.append(session.conversationId, {
      type: incoming.type ?? 'message',
      text: incoming.text,
      value: incoming.value,
      locale: incoming.locale,
      channelData: incoming.channelData,
      from: { ...from, role: 'user' },
    });

    const base = localBaseUrl(req);
    const common = {
      id: echoed.id,
      channelId: 'msteams',
      serviceUrl: consoleConnectorUrl(base),
      timestamp: echoed.timestamp,
      locale: typeof incoming.locale === 'string' ? incoming.locale : person.locale === 'en' ? 'en-US' : 'nb-NO',
      from,
      recipient: { ...CONSOLE_BOT },
      conversation:
        session.kind === 'personal'
          ? { id: session.conversationId, conversationType: 'personal', tenantId: CONSOLE_TENANT }
          : { id: session.conversationId, conversationType: 'channel', isGroup: true, tenantId: CONSOLE_TENANT },
      channelData: { tenant: { id: CONSOLE_TENANT }, ...(session.kind === 'channel' ? { channel: { id: session.conversationId } } : {}) },
    };
    const execute = incoming.type === 'message' ? readConsoleExecute(incoming.value) : null;
    const activity: ConsoleActivity = execute
      ? {
          ...common,
          type: 'invoke',
          name: 'adaptiveCard/action',
          ...(execute.activityId ? { replyToId: execute.activityId } : {}),
          value: { action: { type: 'Action.Execute', verb: execute.verb, data: execute.data }, trigger: 'manual' },
        }
      : { ...common, type: incoming.type ?? 'message', text: incoming.text, ...(incoming.value !== undefined ? { value: incoming.value } : {}) };

    try {
      const answer = await forwardToBot(`${base}/api/messages`, activity);
      if (answer.status >= 400) {
        services.log.warn('console: the bot refused an activity', { status: answer.status, type: activity.type });
        res.status(502).json({ error: { code: 'ServiceError', message: `the bot answered ${answer.status}` } });
        return;
      }
      if (execute?.activityId && answer.body?.type === CARD_CONTENT_TYPE && answer.body.value) {
        store.replace(session.conversationId, execute.activityId, { attachments: [{ contentType: CARD_CONTENT_TYPE, content: answer.body.value }] });
      }
      res.status(200).json({ id: echoed.id });
    } catch (error) {
      services.log.error('console: could not reach the bot', { error: error instanceof Error ? error.message : String(error) });
      res.status(502).json({ error: { code: 'ServiceError', message: 'could not reach the bot' } });
    }
  });

  router.use((req: Request, res: Response) => {
    res.status(404).json({ error: { code: 'NotFound', message: `Direct Line here does not serve ${req.method} ${CONSOLE_PATHS.directLine}${req.path}` } });
  });
  return router;
}
