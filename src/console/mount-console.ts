import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { AppServices } from '../app/services.js';
import { assignConsoleIds } from './assign-console-ids.js';
import { createConsoleApiRouter } from './console-api-router.js';
import { renderConsolePage } from './console-page.js';
import { CONSOLE_PATHS } from './console-paths.js';
import { ConsoleStore } from './console-store.js';
import { createConnectorRouter } from './connector-router.js';
import { createDirectLineRouter } from './direct-line-router.js';
import { requireLoopback } from './require-loopback.js';

/** The folder with Web Chat's prebuilt browser bundle, or null when the package is not installed. */
function findWebChatDist(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('botframework-webchat')), '..', 'dist');
  } catch {
    return null;
  }
}

/**
 * The local chat console: Microsoft's Web Chat at `/`, talking Direct Line to `/console/directline`,
 * which hands every turn to the bot at `/api/messages` as a Teams activity; the bot answers (and writes on
 * its own) through the connector at `/console/connector`. Everything answers only on this machine.
 */
export function mountConsole(app: Express, services: AppServices): void {
  const store = new ConsoleStore();
  const webChatDist = findWebChatDist();
  if (!webChatDist) services.log.warn('console: botframework-webchat is not installed, so the chat page cannot load; run npm install');

  // Give everyone a Teams id now, so reminders reach people who have not opened the page yet.
  assignConsoleIds(services.db).catch((error: unknown) => services.log.warn('console: could not assign console ids', { error: error instanceof Error ? error.message : String(error) }));

  app.get(CONSOLE_PATHS.page, requireLoopback, (_req, res) => {
    res.type('html').send(renderConsolePage({ webChatAvailable: webChatDist !== null }));
  });
  app.use(CONSOLE_PATHS.assets, requireLoopback, express.static(join(dirname(fileURLToPath(import.meta.url)), 'public'), { index: false }));
  if (webChatDist) app.use(CONSOLE_PATHS.webChat, requireLoopback, express.static(webChatDist, { index: false, maxAge: '1h' }));
  app.use(CONSOLE_PATHS.api, requireLoopback, createConsoleApiRouter(services));
  app.use(CONSOLE_PATHS.directLine, requireLoopback, createDirectLineRouter(store, services));
  app.use(CONSOLE_PATHS.connector, requireLoopback, createConnectorRouter(store));
}
