import { randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import type { AppServices } from '../app/services.js';
import { assignConsoleIds } from './assign-console-ids.js';
import { directConversationId } from './console-paths.js';
import { encodeSession, type ConsoleSession } from './console-session.js';
import { listConsoleRoster } from './list-console-roster.js';

/**
 * The page's own API: the roster to pick from, a session (a Direct Line token) for a person's 1:1 conversation
 * or, as that person, a committee channel, and the status the page asks for every second: which start of the
 * app it talks to (a new `bootId` after a restart, so the page opens its conversation again) and the played
 * person's language (so the page's own words follow `language en` / `språk nb`).
 */
export function createConsoleApiRouter(services: AppServices): Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));
  const bootId = randomUUID();

  router.get('/status', async (req: Request, res: Response) => {
    const key = typeof req.query.person === 'string' ? req.query.person : '';
    const person = key ? await services.db.person.findUnique({ where: { key }, select: { locale: true } }) : null;
    res.status(200).json({ bootId, ...(person ? { locale: person.locale === 'en' ? 'en' : 'nb' } : {}) });
  });

  router.get('/roster', async (_req: Request, res: Response) => {
    res.status(200).json(await listConsoleRoster(services.db));
  });

  router.post('/sessions', async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { person?: unknown; channel?: unknown };
    if (typeof body.person !== 'string') {
      res.status(400).json({ error: 'person (a roster key) is required' });
      return;
    }
    await assignConsoleIds(services.db);
    const person = await services.db.person.findUnique({ where: { key: body.person } });
    if (!person?.teamsUserId) {
      res.status(404).json({ error: `no roster person "${body.person}"` });
      return;
    }
    let session: ConsoleSession = { personKey: person.key, conversationId: directConversationId(person.teamsUserId), kind: 'personal' };
    if (typeof body.channel === 'string' && body.channel) {
      const committee = await services.db.committee.findUnique({ where: { key: body.channel } });
      if (!committee?.teamsConversationId) {
        res.status(404).json({ error: `no committee "${body.channel}"` });
        return;
      }
      session = { personKey: person.key, conversationId: committee.teamsConversationId, kind: 'channel' };
    }
    res.status(201).json({
      token: encodeSession(session),
      conversationId: session.conversationId,
      user: { id: person.teamsUserId, name: person.name },
      locale: person.locale === 'en' ? 'en' : 'nb',
    });
  });
  return router;
}
