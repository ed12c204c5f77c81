import type { Express } from 'express';
import type { AppServices } from '../../app/services.js';
import { loadPersonFeed } from './load-person-feed.js';

const FEED_PATH = /^([A-Za-z0-9_-]{32,64})\.ics$/;

/**
 * GET /calendar/<token>.ics: a person's calendar feed, for Outlook, Google or Apple Calendar to subscribe to. The
 * random token is the only key (like /files/<id>); an unknown one answers 404 and says nothing more.
 */
export function mountCalendarRoutes(app: Express, services: AppServices): void {
  app.get('/calendar/:file', async (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    const token = FEED_PATH.exec(String(req.params.file))?.[1];
    const feed = token ? await loadPersonFeed(services, token) : null;
    if (!feed) return void res.status(404).type('text/plain').send('Not found');
    res.type('text/calendar; charset=utf-8').send(feed);
  });
}
