import { describe, expect, it } from 'vitest';
import { configSecrets } from '../../../src/config/config-secrets.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { createLogger } from '../../../src/log/logger.js';

describe('the logger', () => {
  it('never writes a configured secret, wherever it appears', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1234567890-secret',
      SLACK_SIGNING_SECRET: 'signing-secret-abcdef',
      DATABASE_URL: 'postgresql://saksgang:db-pass-123456@db.example.no:5432/saksgang',
      REDIS_URL: 'redis://:redis-pass-987654@cache.example.no:6379',
      METRICS_TOKEN: 'metrics-token-abcdef0123',
      ADMIN_PASSWORD: 'admin-password-abcdef',
    });
    const lines: string[] = [];
    const log = createLogger({ secrets: configSecrets(config), write: (line) => lines.push(line) });
    log.error('call failed with xoxb-1234567890-secret', { url: config.DATABASE_URL, nested: { redis: config.REDIS_URL }, authorization: 'Bearer abc' });
    log.warn('scrape', { note: 'token metrics-token-abcdef0123 and admin-password-abcdef', error: new Error('db-pass-123456 refused') });
    const out = lines.join('\n');
    for (const secret of ['xoxb-1234567890-secret', 'db-pass-123456', 'redis-pass-987654', 'Bearer abc', 'metrics-token-abcdef0123', 'admin-password-abcdef']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('db.example.no');
  });

  it('writes one JSON line per entry, with level, time and message', () => {
    const lines: string[] = [];
    createLogger({ write: (line) => lines.push(line) }).info('started', { role: 'all' });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', msg: 'started', role: 'all' });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it('redacts tokens, passwords and Authorization headers by key, also inside child bindings and headers', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line) }).child({ jobId: 'deliver.abc', platform: 'slack', apiToken: 'bind-secret-1' });
    log.info('request', { headers: { Authorization: 'Bearer hdr-secret-2', 'x-slack-signature': 'v0=sig-3' }, body: { password: 'pw-4', client_secret: 'cs-5' } });
    const out = lines.join('\n');
    for (const secret of ['bind-secret-1', 'hdr-secret-2', 'sig-3', 'pw-4', 'cs-5']) expect(out).not.toContain(secret);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ jobId: 'deliver.abc', platform: 'slack', msg: 'request' });
    expect(entry.headers.Authorization).toBe('[redacted]');
  });

  it('leaves out entries below the level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    log.info('quiet');
    log.child({ turnId: 't1' }).debug('quieter');
    log.warn('loud');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['loud']);
  });

  it('does not write what is nested too deep to check', () => {
    const lines: string[] = [];
    createLogger({ write: (line) => lines.push(line) }).info('deep', { a: { b: { c: { d: { e: 'hidden-value' } } } } });
    expect(lines[0]).not.toContain('hidden-value');
  });
});
