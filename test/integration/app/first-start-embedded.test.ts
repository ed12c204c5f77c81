import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedDatabaseExists } from '../../../src/db/create-embedded-database.js';
import { openDatabase } from '../../../src/db/open-database.js';
import { waitFor } from '../../helpers/start-test-app.js';
import { freePort } from '../../helpers/free-port.js';

let bot: ChildProcess | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  if (bot && bot.exitCode === null && bot.signalCode === null) {
    const exited = new Promise((resolve) => bot!.once('exit', resolve));
    bot.kill('SIGTERM');
    await exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  bot = dataDir = undefined;
});

/** The peak resident set of a process so far (VmHWM), in MB. */
function peakMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))!;
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

describe('a first start on the embedded database (no DATABASE_URL, the defaults of `npm start`)', () => {
  it('creates the database with the demo outside the bot process, which never holds initdb’s peak', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'saksgang-first-start-'));
    const port = await freePort();
    let output = '';
    // `node --import tsx`, so that the pid is the bot's own process (the tsx wrapper would run it in a grandchild).
    bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', REDIS_URL: process.env.TEST_REDIS_URL, QUEUE_PREFIX: `first-${randomUUID()}`, WORKFLOWS_DIR: './workflows', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bot.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    bot.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(async () => bot!.exitCode !== null || (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)), 240_000, 'the bot to answer /healthz');
    expect(bot.exitCode, output).toBeNull();
    expect(output).toContain('created the embedded database');
    expect(output).toContain('loaded the demo roster and data');
    expect(embeddedDatabaseExists(dataDir)).toBe(true);
    // initdb in this process peaks at ~650 MB (docs/operations.md, "Memory"); the bot, with tsx, stays far below.
    expect(peakMb(bot.pid!)).toBeLessThan(450);
    const exited = new Promise((resolve) => bot!.once('exit', resolve));
    bot.kill('SIGTERM');
    await exited;
    // What the child made is the bot's database: the demo is there for the next start.
    const db = await openDatabase({ dataDir });
    try {
      expect(await db.prisma.committee.count()).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 300_000);
});
