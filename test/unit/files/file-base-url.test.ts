import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { fileBaseUrl, fileUrl } from '../../../src/files/store-file.js';

describe('links to stored files (CSV export, chart images)', () => {
  it('uses PUBLIC_URL when it is set', () => {
    expect(fileBaseUrl(loadConfig({ PUBLIC_URL: 'https://saksgang.example.no/', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }))).toBe('https://saksgang.example.no');
    expect(fileUrl('https://saksgang.example.no/', 'a.png')).toBe('https://saksgang.example.no/files/a.png');
  });

  it('falls back to the app\'s own address for the local console (no platform credentials)', () => {
    expect(fileBaseUrl(loadConfig({}))).toBe('http://127.0.0.1:3978');
    expect(fileBaseUrl(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }))).toBe('http://127.0.0.1:8080');
    expect(fileBaseUrl(loadConfig({ HOST: 'saksgang.local', PORT: '8080' }))).toBe('http://saksgang.local:8080');
  });

  it('gives no link when the address is unknown (PORT=0) or a real platform could not reach it', () => {
    expect(fileBaseUrl(loadConfig({ PORT: '0' }))).toBeNull();
    expect(fileBaseUrl(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', CONSOLE: 'on' }))).toBeNull();
    expect(fileBaseUrl(loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'p' }))).toBeNull();
    expect(fileUrl(null, 'a.png')).toBeNull();
  });
});
