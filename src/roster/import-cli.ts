// `npm run import -- roster.yaml`: imports a roster file into the database (see docs/roster.md).
import { readdir } from 'node:fs/promises';
import { loadConfig } from '../config/load-config.js';
import { PORTFOLIO_FILE } from '../cycles/load-cycles.js';
import { openDatabase } from '../db/open-database.js';
import type { ImportResult } from './import-result.js';
import { importRoster } from './import-roster.js';
import { parseRosterFile } from './parse-roster-file.js';
import { RosterError } from './roster-error.js';

async function main(): Promise<number> {
  const path = process.argv[2];
  if (!path) {
    console.error('Usage: npm run import -- <roster.yaml>');
    return 2;
  }
  const config = loadConfig();
  const input = await parseRosterFile(path);
  const cycles = await cycleNames(config.WORKFLOWS_DIR);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const result = await importRoster(database.prisma, input, { cycles });
    console.log(summarise(result));
    return 0;
  } finally {
    await database.close();
  }
}

/** The cycles a committee may name: the `*.yaml` files in WORKFLOWS_DIR, or no check if it cannot be read. */
async function cycleNames(dir: string): Promise<string[] | undefined> {
  try {
    const files = await readdir(dir);
    return files.filter((f) => /\.ya?ml$/.test(f) && f !== PORTFOLIO_FILE).map((f) => f.replace(/\.ya?ml$/, ''));
  } catch {
    return undefined;
  }
}

function summarise(result: ImportResult): string {
  const kinds = (['organisations', 'people', 'committees', 'initiatives'] as const).map(
    (kind) => `${kind}: ${result[kind].created} created, ${result[kind].updated} updated, ${result[kind].unchanged} unchanged`,
  );
  const links = (['memberships', 'portfolioContacts'] as const).map(
    (kind) => `${kind}: ${result[kind].created} added, ${result[kind].removed} removed`,
  );
  return ['Roster imported.', ...kinds, ...links].join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RosterError) for (const line of error.problems) console.error(line);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
