// `npm run seed`: fills the database (DATABASE_URL, or the embedded one under DATA_DIR) with the demo.
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../db/open-database.js';
import { RosterError } from '../roster/roster-error.js';
import { seedDemo } from './seed-demo.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, log: (line) => console.log(line) });
  try {
    const summary = await seedDemo(database.prisma);
    console.log('Demo data in place:');
    for (const [table, count] of Object.entries(summary)) console.log(`  ${table}: ${count}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof RosterError) for (const line of error.problems) console.error(line);
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
