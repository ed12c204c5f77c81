import { Redis } from 'ioredis';

/** A connection for BullMQ (which needs `maxRetriesPerRequest: null`) and for health checks. */
export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}
