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
    });
    const lines: string[] = [];
    const log = createLogger({ secrets: configSecrets(config), write: (line) => lines.push(line) });
    log.error('call failed with xoxb-1234567890-secret', { url: config.DATABASE_URL, nested: { redis: config.REDIS_URL }, authorization: 'Bearer abc' });
    const out = lines.join('\n');
    for (const secret of ['xoxb-1234567890-secret', 'db-pass-123456', 'redis-pass-987654', 'Bearer abc']) expect(out).not.toContain(secret);
    expect(out).toContain('db.example.no');
  });

  it('does not write what is nested too deep to check', () => {
    const lines: string[] = [];
    createLogger({ write: (line) => lines.push(line) }).info('deep', { a: { b: { c: { d: { e: 'hidden-value' } } } } });
    expect(lines[0]).not.toContain('hidden-value');
  });
});
