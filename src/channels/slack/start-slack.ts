import express, { type RequestHandler } from 'express';
import type { AppServices } from '../../app/services.js';
import type { Config } from '../../config/load-config.js';
import type { Dispatcher } from '../../conversation/dispatch.js';
import type { Logger } from '../../log/logger.js';
import type { ChannelGateway } from '../gateway.js';
import { createSlackApp, type SlackTransport } from './create-slack-app.js';
import { registerSlackListeners } from './register-slack-listeners.js';
import { createSlackGateway } from './slack-gateway.js';

export interface SlackChannel {
  gateway: ChannelGateway;
  /** Builds the Bolt app with its listeners and starts it (Socket Mode connects out; HTTP mode needs no start). */
  start(services: AppServices, dispatcher: Dispatcher, options: { guard?: RequestHandler[] | undefined; budgetMs?: number | undefined }): Promise<SlackTransport>;
}

/**
 * Everything Slack in one entry, so that `create-app.ts` imports it (and @slack/bolt, @slack/web-api) only
 * when SLACK_BOT_TOKEN is set.
 */
export function startSlack(config: Config, log: Logger): SlackChannel {
  return {
    gateway: createSlackGateway({ token: config.SLACK_BOT_TOKEN!, apiUrl: config.SLACK_API_URL }),
    async start(services, dispatcher, options) {
      const slack = createSlackApp(config, log, express.Router(), { guard: options.guard });
      registerSlackListeners(slack.app, services, dispatcher, { budgetMs: options.budgetMs });
      await slack.start();
      return slack;
    },
  };
}
