import express, { type Request, type Response, type Router } from 'express';
import { CONSOLE_BOT, directConversationId } from './console-paths.js';
import type { ConsoleActivity, ConsoleStore } from './console-store.js';

/** What the bot sent, as the page should see it: from the bot, with our id and time. */
function fromBot(body: unknown): ConsoleActivity {
  const activity = { ...(body && typeof body === 'object' ? (body as ConsoleActivity) : { type: 'message' }) };
  delete activity.id;
  delete activity.timestamp;
  delete activity.serviceUrl;
  return { ...activity, type: activity.type ?? 'message', from: { id: activity.from?.id || CONSOLE_BOT.id, name: activity.from?.name || CONSOLE_BOT.name, role: 'bot' } };
}

/**
 * The Bot Framework connector (v3 conversations API) that the bot talks to when it answers console
 * conversations, or writes on its own to a person or a committee: new conversations, sent and replied
 * activities and in-place updates are kept in the console's store for the page to poll.
 */
export function createConnectorRouter(store: ConsoleStore): Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));
  let groups = 0;

  // Create a conversation: a 1:1 with the first member is that person's console conversation.
  router.post('/v3/conversations', (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { members?: { id?: string }[]; activity?: unknown };
    const member = body.members?.[0]?.id;
    groups += 1;
    const id = member ? directConversationId(member) : `console:group:${groups}`;
    const first = body.activity ? store.append(id, fromBot(body.activity)) : null;
    res.status(201).json({ id, ...(first ? { activityId: first.id } : {}) });
  });

  const post = (req: Request, res: Response) => {
    const conversationId = String(req.params.conversationId);
    const stored = store.append(conversationId, { ...fromBot(req.body), ...(req.params.activityId ? { replyToId: String(req.params.activityId) } : {}) });
    res.status(200).json({ id: stored.id });
  };
  router.post('/v3/conversations/:conversationId/activities', post);
  router.post('/v3/conversations/:conversationId/activities/:activityId', post);

  router.put('/v3/conversations/:conversationId/activities/:activityId', (req: Request, res: Response) => {
    const { conversationId, activityId } = req.params as { conversationId: string; activityId: string };
    const next = fromBot(req.body);
    const updated = store.replace(conversationId, activityId, { text: next.text, attachments: next.attachments, summary: next.summary });
    if (!updated) {
      res.status(404).json({ error: { code: 'ActivityNotFound', message: `no activity ${activityId} in ${conversationId}` } });
      return;
    }
    res.status(200).json({ id: activityId });
  });

  router.delete('/v3/conversations/:conversationId/activities/:activityId', (req: Request, res: Response) => {
    const { conversationId, activityId } = req.params as { conversationId: string; activityId: string };
    store.replace(conversationId, activityId, { attachments: [], text: '🗑' });
    res.status(200).end();
  });

  router.get(['/v3/conversations/:conversationId/members', '/v3/conversations/:conversationId/pagedmembers'], (_req: Request, res: Response) => {
    res.status(200).json([]);
  });

  router.use((req: Request, res: Response) => {
    res.status(404).json({ error: { code: 'NotFound', message: `the console connector does not serve ${req.method} ${req.path}` } });
  });
  return router;
}
