import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { silentLogger } from '../../../src/log/logger.js';
import { ensureRedis } from '../../../src/redis/ensure-redis.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const children: { kill(): void }[] = [];
afterAll(() => children.forEach((c) => c.kill()));

describe('Redis at start', () => {
  it('uses a Redis that answers and starts nothing', async () => {
    expect(await ensureRedis(process.env.TEST_REDIS_URL!, silentLogger)).toBeNull();
  });

  it('starts a local redis-server when none answers on a local URL', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const child = await ensureRedis(url, silentLogger);
    expect(child).not.toBeNull();
    children.push(child!);
    const client = new Redis(url);
    expect(await client.ping()).toBe('PONG');
    client.disconnect();
  });

  it('stops with a sentence naming the host when a remote Redis does not answer', async () => {
    await expect(ensureRedis('redis://127.0.0.2:1', silentLogger)).rejects.toThrow(/127\.0\.0\.2:1/);
  });
});
