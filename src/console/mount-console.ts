import type { Express } from 'express';
import type { AppServices } from '../app/services.js';

/**
 * The local chat console (issue 7 builds it out). For now the root page says how to reach the bot, so the
 * start command's printed URL never leads nowhere.
 */
export function mountConsole(app: Express, _services: AppServices): void {
  app.get('/', (_req, res) => {
    res.type('html').send(`<!doctype html><html lang="nb"><meta charset="utf-8"><title>Saksgang</title>
<body style="font-family: system-ui; max-width: 40rem; margin: 3rem auto">
<h1>Saksgang</h1>
<p>Saksgang kjører lokalt. / Saksgang is running locally.</p>
<p>Bot Framework: <code>POST /api/messages</code> · Helse / health: <a href="/healthz">/healthz</a></p>
</body></html>`);
  });
}
