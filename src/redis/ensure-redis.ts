import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { AppError, ErrorCode } from '../errors.js';
import type { Logger } from '../log/logger.js';

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, retryStrategy: () => null, enableOfflineQueue: false });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function isLocal(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname);
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure Redis answers at `url`. When it does not and the URL is local, a `redis-server` on the PATH is
 * started as a child of this process (stopped with it); otherwise the start stops with a sentence that
 * says what to do. Never a silent hang: every wait is bounded.
 */
export async function ensureRedis(url: string, log: Logger): Promise<ChildProcess | null> {
  if (await answers(url, 2_000)) return null;
  const parsed = new URL(url);
  if (!isLocal(parsed)) {
    throw new AppError(ErrorCode.InvalidConfig, `Redis does not answer at ${parsed.host}. Check REDIS_URL and that the server is running.`);
  }
  if (!hasRedisServer()) {
    throw new AppError(
      ErrorCode.InvalidConfig,
      `Redis does not answer at ${parsed.host}, and no redis-server is installed. Install one (Debian/Ubuntu: "apt-get install redis-server", macOS: "brew install redis") or point REDIS_URL at a running Redis.`,
    );
  }
  const port = parsed.port || '6379';
  log.warn(`Redis did not answer; starting a local redis-server on port ${port} for this process`);
  const child = spawn('redis-server', ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const stop = () => child.kill();
  process.once('exit', stop);
  for (let i = 0; i < 50; i += 1) {
    if (await answers(url, 500)) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new AppError(ErrorCode.InvalidConfig, `Started redis-server on port ${port}, but it did not answer within 5 seconds.`);
}
