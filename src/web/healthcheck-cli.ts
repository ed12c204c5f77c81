// The container health check (`node dist/web/healthcheck-cli.js`): a web process (ROLE all or web) is healthy
// when its own GET /healthz answers 200; a worker, which serves no HTTP, when the database and Redis it works
// with answer (the same check /healthz makes). Exits 0 or 1 and prints the verdict on one line.
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../db/open-database.js';
import { connectRedis } from '../redis/connect-redis.js';
import { checkHealth } from './check-health.js';

async function main(): Promise<boolean> {
  const config = loadConfig();
  if (config.ROLE !== 'worker') {
    const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
    const response = await fetch(`http://${host}:${config.PORT}/healthz`, { signal: AbortSignal.timeout(5_000) });
    console.log(`healthz ${response.status} ${await response.text()}`);
    return response.ok;
  }
  if (!config.DATABASE_URL) {
    console.log('a worker needs DATABASE_URL (the embedded database takes one process)');
    return false;
  }
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, migrate: false });
  const redis = connectRedis(config.REDIS_URL);
  try {
    const health = await checkHealth(database.prisma, redis);
    console.log(JSON.stringify(health));
    return health.status === 'ok';
  } finally {
    redis.disconnect();
    await database.close();
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.log(`unhealthy: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
