import type { Gateways } from '../channels/gateway.js';
import type { Config } from '../config/load-config.js';
import type { CycleRegistry } from '../cycles/load-cycles.js';
import type { Db } from '../db/prisma.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { DeliveryPacer } from '../outbox/delivery-pacer.js';

/**
 * What handlers and jobs may use. Built once at start (`create-services.ts`) and passed down; tests build
 * their own with a real database and Redis and gateways pointed at platform fakes.
 */
export interface AppServices {
  config: Config;
  db: Db;
  log: Logger;
  clock: () => Date;
  jobs: JobScheduler;
  gateways: Gateways;
  cycles: CycleRegistry;
  /** Tells the secretariat that a delivery could not be made (archived channel, removed user). */
  notifyDeliveryFailure?: (deliveryId: string, reason: string) => Promise<void>;
  /** Paces deliveries at the platforms' limits across every worker (Redis); absent, nothing is paced. */
  pacer?: DeliveryPacer;
  /** The Prometheus metrics of this process (`src/observability/metrics.ts`); absent, nothing is counted. */
  metrics?: Metrics;
}
