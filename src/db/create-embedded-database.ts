import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, ErrorCode } from '../errors.js';

/** Where PGlite keeps a data directory under `DATA_DIR` (as `open-database.ts` opens it). */
export function embeddedDataDirectory(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/** True once PostgreSQL's data directory exists there (initdb has run). */
export function embeddedDatabaseExists(dataDir: string): boolean {
  return existsSync(join(embeddedDataDirectory(dataDir), 'PG_VERSION'));
}

/**
 * Creates the embedded database under `dataDir` (PGlite's initdb, the migrations and, with `seedDemo`, the
 * demo data) in a short-lived child process, unless it exists already; returns whether it did.
 *
 * Why apart: initdb in PGlite runs a second WebAssembly PostgreSQL and peaks at about 650 MB. The memory
 * it frees goes back to V8, but about 50 MB of C heap (malloc) stays with the process that ran it, for its
 * whole life: measured on the bot after a first `npm start`, 282 MB idle against 204 MB when the same data
 * directory is opened a second time (docs/operations.md, "Memory"). Done in a child that exits, the bot
 * process only ever opens an existing database. Loading the demo goes with it: a fresh database is empty. The child runs the same Node (and, in development, the
 * same TypeScript loader) with the same environment.
 */
export async function createEmbeddedDatabaseApart(dataDir: string, options: { seedDemo: boolean }): Promise<boolean> {
  if (embeddedDatabaseExists(dataDir)) return false;
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const cli = fileURLToPath(new URL(`./create-embedded-database-cli${extension}`, import.meta.url));
  const execArgv = childNodeFlags(process.execArgv);
  // Run from the sources by a process without tsx's loader (a test runner), the child gets that loader.
  if (extension === '.ts' && !execArgv.some((arg) => arg.includes('tsx'))) execArgv.unshift('--import', 'tsx');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, cli, dataDir, ...(options.seedDemo ? ['--seed-demo'] : [])], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new AppError(ErrorCode.InvalidConfig, `could not create the embedded database in ${dataDir} (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
  return true;
}

/** Flags that take their value as the next argument. */
const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/**
 * The parent's Node flags the child should share: its module loaders (tsx in development) and its memory
 * and V8 flags. Never code to evaluate (`-e`, `--eval`, `-p`: the child would run the parent's script
 * again), a debugger port the parent holds, or the test runner's flags.
 */
export function childNodeFlags(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const arg = execArgv[i]!;
    if (LOADER_FLAGS.has(arg) && i + 1 < execArgv.length) {
      kept.push(arg, execArgv[i + 1]!);
      i += 1;
    } else if (/^--(import|require|loader|experimental-loader)=/.test(arg) || /^--(max-|optimize-for-size|enable-source-maps|no-warnings|stack-size)/.test(arg)) {
      kept.push(arg);
    }
  }
  return kept;
}
