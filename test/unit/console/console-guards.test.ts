import { describe, expect, it } from 'vitest';
import { consoleConnectorUrl, consoleServiceUrl } from '../../../src/console/console-paths.js';
import { isLoopbackAddress } from '../../../src/console/require-loopback.js';
import { loadConfig } from '../../../src/config/load-config.js';

describe('the console stays local', () => {
  it('knows loopback addresses from others', () => {
    expect(['127.0.0.1', '127.8.0.3', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.2', '192.168.1.5', '::ffff:10.0.0.2', 'fe80::1', undefined].some(isLoopbackAddress)).toBe(false);
  });
});

describe('where proactive Teams messages go', () => {
  it('goes to the console’s connector when the console runs and TEAMS_SERVICE_URL is not set', () => {
    const serviceUrl = consoleServiceUrl(loadConfig({}));
    expect(serviceUrl?.('http://127.0.0.1:3978')).toBe('http://127.0.0.1:3978/console/connector');
    expect(consoleConnectorUrl('http://127.0.0.1:3978/')).toBe('http://127.0.0.1:3978/console/connector');
  });

  it('goes where configured when TEAMS_SERVICE_URL is set, or when the console is off', () => {
    expect(consoleServiceUrl(loadConfig({ TEAMS_SERVICE_URL: 'https://smba.example.net/teams/' }))).toBeUndefined();
    expect(consoleServiceUrl(loadConfig({ CONSOLE: 'off' }))).toBeUndefined();
    expect(consoleServiceUrl(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw' }))).toBeUndefined();
    expect(consoleServiceUrl(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', CONSOLE: 'on' }))?.('http://127.0.0.1:1')).toBe('http://127.0.0.1:1/console/connector');
  });
});
