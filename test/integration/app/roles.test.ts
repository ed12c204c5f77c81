import { describe, expect, it } from 'vitest';
import { sendToPerson } from '../../../src/outbox/send-to-person.js';
import { sampleValue } from '../../helpers/scrape-metrics.js';
import { startTestApp, waitFor } from '../../helpers/start-test-app.js';

describe('ROLE splits the web server from the job worker', () => {
  it('ROLE=web serves HTTP and runs no jobs; ROLE=worker runs the jobs the web process queued', async () => {
    const web = await startTestApp({ env: { ROLE: 'web' } });
    try {
      expect(web.app.worker).toBeNull();
      expect((await fetch(`${web.url}/healthz`)).status).toBe(200);
      const kari = await web.db.prisma.person.create({ data: { key: 'kari', name: 'Kari', email: 'kari@example.no', slackUserId: 'UKARI' } });
      const id = (await sendToPerson(web.app.services, { personId: kari.id, kind: 'test', idempotencyKey: 'role-1', message: { text: 'Hei', blocks: [] } }))!;
      // Queued, and nobody in this process takes it.
      expect(await web.app.queue.getJobState(`deliver.${id}`)).toBe('waiting');
      expect((await web.db.prisma.delivery.findUniqueOrThrow({ where: { id } })).state).toBe('pending');

      // A worker process on the same database and queue picks the job up.
      const { createApp } = await import('../../../src/app/create-app.js');
      const { silentLogger } = await import('../../../src/log/logger.js');
      const workerApp = await createApp({ ...web.app.config, ROLE: 'worker', METRICS_PORT: 0 }, { database: web.db, log: silentLogger });
      try {
        expect(workerApp.server).toBeNull();
        await waitFor(async () => (await web.db.prisma.delivery.findUniqueOrThrow({ where: { id } })).state === 'sent', 10_000, 'worker delivery');
        expect(web.slack.callsTo('chat.postMessage')).toHaveLength(1);
        // The worker serves its own counters on METRICS_PORT; the web process never saw the delivery.
        const workerMetrics = await (await fetch(`${workerApp.metricsUrl}/metrics`)).text();
        expect(sampleValue(workerMetrics, 'saksgang_deliveries_total', { platform: 'slack', state: 'sent' })).toBe(1);
        expect(sampleValue(await (await fetch(`${web.url}/metrics`)).text(), 'saksgang_deliveries_total', { platform: 'slack', state: 'sent' })).toBeUndefined();
        expect((await fetch(`${workerApp.metricsUrl}/healthz`)).status).toBe(404);
      } finally {
        await workerApp.close();
      }
    } finally {
      await web.close();
    }
  });
});
