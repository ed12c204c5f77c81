import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { checkHealth } from '../../../src/web/check-health.js';
import { startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { messageActivity, postActivity } from '../../helpers/teams-activities.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ env: { MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' } });
  await t.db.prisma.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', teamsUserId: '29:kari' } });
});
afterAll(async () => t?.close());

describe('Teams with MICROSOFT_APP_ID set', () => {
  it('refuses an activity without a Bot Framework token, and sends nothing', async () => {
    const auditBefore = await t.db.prisma.auditLog.count();
    const res = await postActivity(t.url, messageActivity(t.connector.url, { id: '29:kari' }, 'help'));
    expect(res.status).toBe(401);
    expect(t.connector.calls).toHaveLength(0);
    expect(await t.db.prisma.auditLog.count()).toBe(auditBefore);
  });

  it('refuses a forged token', async () => {
    const forged = `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"iss":"me"}').toString('base64url')}.`;
    const res = await postActivity(t.url, messageActivity(t.connector.url, { id: '29:kari' }, 'help'), { authorization: forged });
    expect([401, 403]).toContain(res.status);
    expect(t.connector.calls).toHaveLength(0);
  });
});

describe('health when a dependency is down', () => {
  it('names Redis as down when it does not answer', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
    dead.on('error', () => undefined);
    expect(await checkHealth(t.db.prisma, dead, 500)).toEqual({ status: 'degraded', db: 'ok', redis: 'down' });
    dead.disconnect();
  });
});
