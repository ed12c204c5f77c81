// Run by `createEmbeddedDatabaseApart` (create-embedded-database.ts) as a child process: creates the embedded
// database in the directory given (PGlite's initdb and the migrations; with --seed-demo, the demo data) and exits,
// taking initdb's memory with it.
import '../lean-wasm.js';
import { seedDemoIfEmpty } from '../seed/seed-demo-if-empty.js';
import { openDatabase } from './open-database.js';

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: create-embedded-database-cli DATA_DIR');
  const database = await openDatabase({ dataDir });
  try {
    if (process.argv.includes('--seed-demo')) await seedDemoIfEmpty(database.prisma);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
