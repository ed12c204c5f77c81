import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/log/logger.js';
import { startTestApp } from '../../helpers/start-test-app.js';

/** A logger that keeps the info lines, as an operator reads them at start. */
function capturingLogger() {
  const lines: string[] = [];
  const log: Logger = { debug() {}, info: (message) => void lines.push(message), warn() {}, error() {}, child: () => log };
  return { log, edges: () => lines.filter((l) => l.startsWith('edge ') || l.startsWith('every edge')) };
}

describe('the start-up log names every edge and how it is protected', () => {
  it('Slack over HTTP with the local console: Teams only for this machine', async () => {
    const { log, edges } = capturingLogger();
    const t = await startTestApp({ app: { log }, env: { FILE_RETENTION_DAYS: '30' } });
    try {
      expect(edges()).toEqual([
        'edge /healthz: open, status only',
        'every edge: security headers (nosniff, no framing, content security policy); a malformed body gets a JSON 400',
        'edge /metrics: open to this machine only (loopback clients, not through a proxy); set METRICS_TOKEN to scrape from elsewhere',
        'edge /admin/queues: closed (ADMIN_PASSWORD is not set)',
        'edge /slack/events: open: Slack signature required, timestamp within ±5 minutes, body shape checked',
        'edge /api/messages: open to this machine only (local console, loopback clients), body shape checked',
        'edge /files/<id>: open to anyone with the unguessable link, for 30 days (FILE_RETENTION_DAYS), then 410 Gone',
        'edge console (/, /console/*): open to this machine only (loopback clients and host names)',
      ]);
    } finally {
      await t.close();
    }
  });

  it('Teams configured and the console off: Bot Framework tokens required, the console closed', async () => {
    const { log, edges } = capturingLogger();
    const t = await startTestApp({ app: { log }, env: { CONSOLE: 'off', MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' } });
    try {
      expect(edges()).toContain('edge /api/messages: open: Bot Framework token required (MICROSOFT_APP_ID), body shape checked');
      expect(edges()).toContain('edge console (/, /console/*): closed');
      expect(edges()).toContain('edge /files/<id>: open to anyone with the unguessable link, for 90 days (FILE_RETENTION_DAYS), then 410 Gone');
    } finally {
      await t.close();
    }
  });
});
