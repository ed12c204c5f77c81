import { randomBytes } from 'node:crypto';
import { Queue, type Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppServices } from '../../../src/app/services.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { JobHandler } from '../../../src/jobs/job-handler.js';
import { jobRegistry, type JobRegistry } from '../../../src/jobs/job-registry.js';
import { JobScheduler } from '../../../src/jobs/job-scheduler.js';
import { QUEUE_NAME } from '../../../src/jobs/queue-name.js';
import { startWorker } from '../../../src/jobs/start-worker.js';
import { silentLogger } from '../../../src/log/logger.js';
import { connectRedis } from '../../../src/redis/connect-redis.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

/** A scheduler, queue and workers of its own, for one test: a fresh database schema and a fresh queue prefix. */
export interface JobHarness {
  db: TestDatabase;
  queue: Queue;
  scheduler: JobScheduler;
  services: AppServices;
  registry: JobRegistry;
  /** A worker on its own connection for the harness's handlers; closed with the harness. */
  worker(options?: { concurrency?: number }): Worker;
  /** Every key of this harness's queue deleted, as when Redis loses its data. */
  wipeRedis(): Promise<void>;
  /** How often a test job ran: each run of the test handlers below writes an audit row. */
  runs(key: string): Promise<number>;
  close(): Promise<void>;
}

export async function startJobHarness(handlers: JobHandler[]): Promise<JobHarness> {
  const db = await createTestDatabase();
  const prefix = `test_${randomBytes(5).toString('hex')}`;
  const config = loadConfig({ QUEUE_PREFIX: prefix, REDIS_URL: process.env.TEST_REDIS_URL });
  const connections: Redis[] = [connectRedis(config.REDIS_URL)];
  const queue = new Queue(QUEUE_NAME, { connection: connections[0]!, prefix });
  const scheduler = new JobScheduler(queue, db.prisma);
  const services: AppServices = { config, db: db.prisma, log: silentLogger, clock: () => new Date(), jobs: scheduler, gateways: {}, cycles: undefined as never };
  const registry = jobRegistry(handlers);
  const workers: Worker[] = [];
  return {
    db,
    queue,
    scheduler,
    services,
    registry,
    worker(options) {
      const connection = connectRedis(config.REDIS_URL);
      connections.push(connection);
      const worker = startWorker(services, registry, connection, options);
      workers.push(worker);
      return worker;
    },
    async wipeRedis() {
      const redis = connections[0]!;
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    },
    runs: (key) => db.prisma.auditLog.count({ where: { action: 'ran', subjectId: key } }),
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      connections.forEach((c) => c.disconnect());
      await db.close();
    },
  };
}
