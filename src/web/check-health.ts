import type { Redis } from 'ioredis';
import type { Db } from '../db/prisma.js';

export interface Health {
  status: 'ok' | 'degraded';
  db: 'ok' | 'down';
  redis: 'ok' | 'down';
}

async function probe(check: () => Promise<unknown>, timeoutMs: number): Promise<'ok' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/** Asks the database and Redis for a sign of life, each with a short time-out. */
export async function checkHealth(db: Db, redis: Redis, timeoutMs = 2_000): Promise<Health> {
  const [dbState, redisState] = await Promise.all([probe(() => db.$queryRawUnsafe('SELECT 1'), timeoutMs), probe(() => redis.ping(), timeoutMs)]);
  return { status: dbState === 'ok' && redisState === 'ok' ? 'ok' : 'degraded', db: dbState, redis: redisState };
}
