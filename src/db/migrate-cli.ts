// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database under DATA_DIR.
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from './open-database.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string): void => console.log(line);
  log(config.DATABASE_URL ? 'Migrating PostgreSQL (DATABASE_URL)' : `Migrating the embedded database in ${config.DATA_DIR}`);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, log });
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
