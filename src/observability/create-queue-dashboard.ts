import type { Queue } from 'bullmq';
import type { Router } from 'express';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * bull-board for the job queue, as an Express router to mount at `/admin/queues` behind basic auth. Read-only
 * unless `write` (ADMIN_QUEUES_WRITE=on): then retry, promote, clean, pause and the like are allowed. Its
 * modules are loaded only here, so a bot without ADMIN_PASSWORD never loads them.
 */
export async function createQueueDashboard(queue: Queue, options: { write: boolean }): Promise<Router> {
  const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }] = await Promise.all([
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/express'),
  ]);
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(queue, { readOnlyMode: !options.write, allowRetries: options.write, description: 'Saksgang jobs' })],
    // @bull-board/express 9.10.1 pins its own copy of @bull-board/api (9.10.1), whose private types differ from
    // the 9.10.2 installed at the top; the two agree at run time. Pinning @bull-board/api to 9.10.1 removes the cast.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'Saksgang' } },
  });
  return serverAdapter.getRouter() as Router;
}
