// First: V8 flags that must be set before any WebAssembly is compiled (see lean-wasm.ts).
import './lean-wasm.js';
import { createApp } from './app/create-app.js';
import { configSecrets } from './config/config-secrets.js';
import { loadConfig } from './config/load-config.js';
import { isAppError } from './errors.js';
import { createLogger } from './log/logger.js';
import { ensureRedis } from './redis/ensure-redis.js';
import { consoleServiceUrl } from './console/console-paths.js';
import { createEmbeddedDatabaseApart } from './db/create-embedded-database.js';
import { openDatabase } from './db/open-database.js';
import { seedDemoIfEmpty } from './seed/seed-demo-if-empty.js';

/** Starts Saksgang: HTTP and the job worker in one process by default; ROLE=web or ROLE=worker splits them. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL, secrets: configSecrets(config) });
  await ensureRedis(config.REDIS_URL, log);
  const seedDemo = config.consoleEnabled && config.SEED_DEMO;
  const demoLoaded = 'the database was empty: loaded the demo roster and data (SEED_DEMO=false turns this off)';
  // A first start on the embedded database creates it (and loads the demo) in a child process, so that
  // initdb's memory leaves with the child (create-embedded-database.ts).
  if (!config.DATABASE_URL && (await createEmbeddedDatabaseApart(config.DATA_DIR, { seedDemo }))) {
    log.info('created the embedded database', { dataDir: config.DATA_DIR });
    if (seedDemo) log.info(demoLoaded);
  }
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  if (seedDemo && (await seedDemoIfEmpty(db.prisma))) log.info(demoLoaded);
  // The console (Web Chat's page and routers) is loaded only when it is on.
  const mountConsole = config.consoleEnabled ? (await import('./console/mount-console.js')).mountConsole : undefined;
  const app = await createApp(config, { log, database: db, extraRoutes: mountConsole, teamsServiceUrl: consoleServiceUrl(config) });
  const database = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.DATA_DIR}`;
  log.info('Saksgang started', {
    role: config.ROLE,
    url: app.url,
    database,
    slack: config.slack.enabled ? (config.slack.socketMode ? 'socket mode' : 'http') : 'off',
    teams: config.teams.authenticated ? 'authenticated' : config.teams.enabled ? 'local console only' : 'off',
  });
  if (app.url && config.consoleEnabled) {
    console.log(`\n  Saksgang is running. Open the local chat console: http://localhost:${new URL(app.url).port}/\n`);
  }
  const stop = async (signal: string) => {
    log.info('stopping', { signal });
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isAppError(error)) {
    console.error(`saksgang: ${error.message}`);
  } else {
    console.error('saksgang: could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
