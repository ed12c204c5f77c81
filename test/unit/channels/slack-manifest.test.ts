import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredSlackScopes, SLACK_COMMAND, SLACK_EVENT_SCOPES, SLACK_METHOD_SCOPES, SLACK_OPTIONS_LOAD_PATH } from '../../../src/channels/slack/slack-app-surface.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.includes(`${join(SRC, 'generated')}`))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const code = sources(SRC);
const slackListeners = sources(join(SRC, 'channels', 'slack', 'listeners'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest/slack/manifest.json'), 'utf8')) as {
  features: { slash_commands: { command: string; url: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[]; request_url: string }; interactivity: { is_enabled: boolean; message_menu_options_url?: string } };
};

/** `client.chat.postMessage(`, `client.apiCall('files.getUploadURLExternal'` …: every Web API method the code calls. */
function calledMethods(): string[] {
  const found = new Set<string>();
  for (const { text } of code) {
    for (const m of text.matchAll(/\bclient\.([a-z]+)\.([a-zA-Z]+(?:\.[a-zA-Z]+)?)\(/g)) found.add(`${m[1]}.${m[2]}`);
    for (const m of text.matchAll(/\bapiCall\(\s*['"]([\w.]+)['"]/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

function listenerText(): string {
  return slackListeners.map((s) => s.text).join('\n');
}

describe('the Slack manifest and the code', () => {
  it('the code calls exactly the Web API methods whose scopes are declared', () => {
    expect(calledMethods()).toEqual(Object.keys(SLACK_METHOD_SCOPES).sort());
  });

  it('the listeners register exactly the declared command and events', () => {
    const text = listenerText();
    const commands = [...text.matchAll(/app\.command\(\s*([^,]+),/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['SLACK_COMMAND']);
    const events = [...text.matchAll(/app\.event\(\s*['"]([\w.]+)['"]/g)].map((m) => m[1]!);
    // app.message answers direct messages only (channel_type im): Slack's message.im event.
    if (/app\.message\(/.test(text)) {
      expect(text).toMatch(/channel_type !== 'im'/);
      events.push('message.im');
    }
    expect(events.sort()).toEqual(Object.keys(SLACK_EVENT_SCOPES).sort());
  });

  it('the manifest asks for exactly the scopes the code needs, no more and no fewer', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(requiredSlackScopes());
    expect(requiredSlackScopes()).toEqual(expect.arrayContaining(['chat:write', 'commands', 'im:write', 'channels:history', 'groups:history', 'im:history', 'app_mentions:read']));
  });

  it('the manifest subscribes to the events and registers the command the listeners handle, all at /slack/events', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(Object.keys(SLACK_EVENT_SCOPES).sort());
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLACK_COMMAND]);
    const text = listenerText();
    expect(manifest.settings.interactivity.is_enabled).toBe(/app\.(action|view)\(/.test(text));
    // The App Home tab is on exactly when a listener publishes it.
    expect(manifest.features.app_home.home_tab_enabled).toBe(/app\.event\(\s*'app_home_opened'/.test(text));
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    for (const url of [...manifest.features.slash_commands.map((c) => c.url), manifest.settings.event_subscriptions.request_url]) {
      expect(new URL(url).pathname).toBe('/slack/events');
    }
  });

  it('the manifest names the options load URL exactly when a listener answers search pickers (block_suggestion)', () => {
    const text = listenerText();
    const answersOptions = /app\.options\(/.test(text);
    expect(answersOptions).toBe(true);
    expect(text).toMatch(/type: 'block_suggestion'/);
    const url = manifest.settings.interactivity.message_menu_options_url;
    expect(url).toBeDefined();
    expect(new URL(url!).pathname).toBe(SLACK_OPTIONS_LOAD_PATH);
  });
});
