import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';

describe('configuration', () => {
  it('runs with embedded defaults and no accounts: PGlite, local Redis, Teams local mode, console on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, ROLE: 'all', DATA_DIR: './data', REDIS_URL: 'redis://127.0.0.1:6379', TIME_ZONE: 'Europe/Oslo' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.slack.enabled).toBe(false);
    expect(config.teams.authenticated).toBe(false);
    expect(config.consoleEnabled).toBe(true);
  });

  it('stops on a bad value with a sentence naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ ROLE: 'both' })).toThrow(/ROLE must be one of all, web, worker/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgresql:\/\//);
    expect(() => loadConfig({ TIME_ZONE: 'Europe/Atlantis' })).toThrow(/TIME_ZONE is not a known IANA time zone/);
  });

  it('requires the Slack signing secret with a bot token, and never echoes the token', () => {
    let message = '';
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-very-secret-token' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('SLACK_SIGNING_SECRET is required');
    expect(message).not.toContain('xoxb-very-secret-token');
  });

  it('turns Slack on over HTTP or Socket Mode, and the console off when credentials are set', () => {
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' });
    expect(http.slack).toEqual({ enabled: true, socketMode: false });
    expect(http.consoleEnabled).toBe(false);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.socketMode).toBe(true);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', CONSOLE: 'on' }).consoleEnabled).toBe(true);
  });

  it('validates Teams tokens when MICROSOFT_APP_ID is set, which needs the password', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app' })).toThrow(/MICROSOFT_APP_PASSWORD is required/);
    expect(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw' }).teams.authenticated).toBe(true);
  });
});
