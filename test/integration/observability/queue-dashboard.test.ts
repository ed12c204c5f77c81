import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_NAME } from '../../../src/jobs/queue-name.js';
import { startTestApp, type TestApp } from '../../helpers/start-test-app.js';

const PASSWORD = 'admin-password-0123456789';
const basic = (password: string) => ({ authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` });

let readOnly: TestApp;
let writable: TestApp;
let closed: TestApp;

beforeAll(async () => {
  [readOnly, writable, closed] = await Promise.all([
    startTestApp({ env: { ADMIN_PASSWORD: PASSWORD } }),
    startTestApp({ env: { ADMIN_PASSWORD: PASSWORD, ADMIN_QUEUES_WRITE: 'on' } }),
    startTestApp(),
  ]);
});
afterAll(async () => {
  await Promise.all([readOnly?.close(), writable?.close(), closed?.close()]);
});

describe('the queue dashboard at /admin/queues', () => {
  it('asks for the password: 401 without one or with a wrong one, the board with the right one', async () => {
    const none = await fetch(`${readOnly.url}/admin/queues`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await none.text()).not.toContain('<html');
    expect((await fetch(`${readOnly.url}/admin/queues`, { headers: basic('wrong-password-0123') })).status).toBe(401);
    expect((await fetch(`${readOnly.url}/admin/queues/api/queues`, { headers: basic('wrong-password-0123') })).status).toBe(401);
    const page = await fetch(`${readOnly.url}/admin/queues`, { headers: basic(PASSWORD) });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await fetch(`${readOnly.url}/admin/queues/api/queues`, { headers: basic(PASSWORD) });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string; readOnlyMode: boolean }[] };
    expect(body.queues.map((q) => q.name)).toContain(QUEUE_NAME);
    expect(body.queues.find((q) => q.name === QUEUE_NAME)!.readOnlyMode).toBe(true);
  });

  it('is read-only by default: pausing the queue is refused and the queue keeps running', async () => {
    const res = await fetch(`${readOnly.url}/admin/queues/api/queues/${QUEUE_NAME}/pause`, { method: 'PUT', headers: basic(PASSWORD) });
    expect(res.status).toBe(405);
    expect(await readOnly.app.queue.isPaused()).toBe(false);
  });

  it('allows actions with ADMIN_QUEUES_WRITE=on, but not from another site', async () => {
    const foreign = await fetch(`${writable.url}/admin/queues/api/queues/${QUEUE_NAME}/pause`, { method: 'PUT', headers: { ...basic(PASSWORD), origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await writable.app.queue.isPaused()).toBe(false);
    const res = await fetch(`${writable.url}/admin/queues/api/queues/${QUEUE_NAME}/pause`, { method: 'PUT', headers: basic(PASSWORD) });
    expect(res.status).toBe(200);
    expect(await writable.app.queue.isPaused()).toBe(true);
    await writable.app.queue.resume();
  });

  it('does not exist without ADMIN_PASSWORD', async () => {
    expect((await fetch(`${closed.url}/admin/queues`)).status).toBe(404);
    expect((await fetch(`${closed.url}/admin/queues`, { headers: basic(PASSWORD) })).status).toBe(404);
    expect((await fetch(`${closed.url}/admin/queues/api/queues`, { headers: basic(PASSWORD) })).status).toBe(404);
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  it('answers this machine, and refuses a request relayed by a proxy', async () => {
    const local = await fetch(`${closed.url}/metrics`);
    expect(local.status).toBe(200);
    expect(await local.text()).toContain('saksgang_turns_total');
    const relayed = await fetch(`${closed.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(relayed.status).toBe(403);
    expect((await fetch(`${closed.url}/metrics`, { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(403);
  });
});
