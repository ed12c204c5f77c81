import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { createApp } from '../src/app/create-app.js';
import { QUEUE_NAME } from '../src/jobs/queue-name.js';
import { connectRedis } from '../src/redis/connect-redis.js';
import { loadConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/log/logger.js';
import { createTestDatabase } from '../test/helpers/test-database.js';
import { seedFanOutCommittee, startFanOut } from './start-fan-out.js';
import { startRateLimitedSlack } from './start-rate-limited-slack.js';
import { freePort } from '../test/helpers/free-port.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long the bot is left alone after it answers /healthz before its RSS is read. */
const SETTLE_MS = 10_000;
/** A first start on the embedded database migrates and loads the demo: minutes on a busy two-core machine. */
const START_TIMEOUT_MS = 300_000;
const progress = (line: string) => console.error(`bench memory: ${line}`);

/** The resident set of another process, from /proc (Linux), in MB. */
function rssOfMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

interface Bot {
  process: ChildProcess;
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * The Node flags `npm start` puts before `dist/main.js` (package.json; the Dockerfile's CMD has the same, which
 * test/unit/config/compose.test.ts checks), so the bench measures the process production runs.
 */
export function startNodeFlags(dir = '.'): string[] {
  const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const match = /\bnode ((?:--\S+ )*)dist\/main\.js$/.exec(scripts.start ?? '');
  if (!match) throw new Error('package.json: "start" does not end in `node [flags] dist/main.js`');
  return match[1]!.trim().split(' ').filter(Boolean);
}

/** `node [flags] dist/main.js`, as `npm start` runs it, with `env` on top of a clean environment; ready when /healthz answers 200. */
async function startBot(env: Record<string, string>, port: number, dir: string): Promise<Bot> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production' };
  const child = spawn(process.execPath, [...startNodeFlags(dir), 'dist/main.js'], { cwd: dir, env: { ...base, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited at start: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not answer /healthz within ${START_TIMEOUT_MS / 1000} s: ${output}`);
    }
    await sleep(250);
  }
  return {
    process: child,
    pid: child.pid!,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

export interface BotMemoryFigures {
  rssBotIdlePostgresMb: number;
  rssBotAfterFanOutMb: number;
  rssBotFanOutGrowthMb: number;
  rssBotIdlePgliteMb: number;
}

/**
 * The bot's own process, as production runs it (compiled JS, `node dist/main.js`), not the bench's:
 * - on PostgreSQL with Slack configured (a local fake at Slack's limits) and the console off: RSS once idle
 *   after start; then a 2,000-recipient fan-out staged from here into the same database and queue, which the
 *   bot's worker delivers; RSS once the queue is empty and every invitation was sent;
 * - on the embedded PGlite with the defaults of a first `npm start` (console on, demo data): RSS once idle.
 * `dir` is the checkout whose `dist/main.js` runs (default this one; `--baseline DIR` measures another build, such
 * as an earlier commit, in the same run).
 */
export async function measureBotMemory(recipients: number, dir = '.'): Promise<{ figures: BotMemoryFigures; details: Record<string, unknown> }> {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { stdio: 'inherit', cwd: dir });
  if (built.status !== 0) throw new Error('npm run build failed');
  const details: Record<string, unknown> = {};
  const prefix = `bench_mem_${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

  // A part that fails leaves its figures NaN (reported as a miss) and says why in the details.
  let postgres = { idle: Number.NaN, afterFanOut: Number.NaN };
  try {
    postgres = await measurePostgres(recipients, { prefix, redisUrl, details, dir });
  } catch (error) {
    details.postgresError = error instanceof Error ? error.message : String(error);
    progress(`the PostgreSQL part failed: ${String(details.postgresError)}`);
  }
  let idlePglite = Number.NaN;
  try {
    idlePglite = await measurePglite({ prefix: `${prefix}_pglite`, redisUrl, dir });
  } catch (error) {
    details.pgliteError = error instanceof Error ? error.message : String(error);
    progress(`the PGlite part failed: ${String(details.pgliteError)}`);
  }
  return {
    figures: { rssBotIdlePostgresMb: postgres.idle, rssBotAfterFanOutMb: postgres.afterFanOut, rssBotFanOutGrowthMb: postgres.afterFanOut - postgres.idle, rssBotIdlePgliteMb: idlePglite },
    details,
  };
}

async function measurePostgres(recipients: number, options: { prefix: string; redisUrl: string; details: Record<string, unknown>; dir: string }) {
  const slack = await startRateLimitedSlack({ perChannelPerSecond: 1, workspacePerSecond: 50 });
  const db = await createTestDatabase();
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: options.prefix,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: slack.url,
    CONSOLE: 'off',
    WORKFLOWS_DIR: './workflows',
    PACE_SLACK_PER_SECOND: '50',
    PACE_SLACK_CHANNEL_PER_SECOND: '1',
  };
  let bot: Bot | null = null;
  let stager: Awaited<ReturnType<typeof createApp>> | null = null;
  try {
    bot = await startBot(env, await freePort(), options.dir);
    // The bench's side: the same database and queue, no worker and no listener; it only stages the fan-out.
    stager = await createApp(loadConfig(env), { database: db, log: silentLogger, listen: false, worker: false });
    await sleep(SETTLE_MS);
    const idle = rssOfMb(bot.pid);
    progress(`idle on PostgreSQL: ${idle} MB; staging a fan-out to ${recipients}`);

    await db.prisma.person.createMany({
      data: Array.from({ length: recipients }, (_, i) => ({ key: `mem${i}`, name: `Mottaker ${i}`, email: `mem${i}@example.no`, slackUserId: `UMEM${i}` })),
    });
    const people = await db.prisma.person.findMany({ where: { key: { startsWith: 'mem' } }, select: { id: true } });
    const started = Date.now();
    const { invited } = await startFanOut(stager.services, await seedFanOutCommittee(stager.services, { key: 'benchmem', personIds: people.map((p) => p.id) }));
    const queue = stager.queue;
    const drained = async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      const pending = await db.prisma.delivery.count({ where: { state: 'pending' } });
      const sent = new Set(slack.accepted.filter((p) => p.channel.startsWith('UMEM')).map((p) => p.channel)).size;
      return { empty: pending === 0 && (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0 && sent >= invited, sent, pending };
    };
    let state = await drained();
    const deadline = Date.now() + 480_000; // 40 s at the limit; a busy shared machine takes several times that
    while (!state.empty && Date.now() < deadline) {
      await sleep(1000);
      state = await drained();
    }
    options.details.fanOut = { invited, sent: state.sent, pendingAtEnd: state.pending, seconds: Math.round((Date.now() - started) / 1000), queueEmpty: state.empty };
    await sleep(SETTLE_MS);
    const afterFanOut = rssOfMb(bot.pid);
    progress(`after the fan-out: ${afterFanOut} MB (${JSON.stringify(options.details.fanOut)})`);
    return { idle, afterFanOut: state.empty ? afterFanOut : Number.NaN };
  } finally {
    await bot?.stop();
    await stager?.queue.obliterate({ force: true }).catch(() => undefined);
    await stager?.close();
    await db.close();
    await slack.close();
  }
}

async function measurePglite(options: { prefix: string; redisUrl: string; dir: string }): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saksgang-bench-'));
  let bot: Bot | null = null;
  try {
    bot = await startBot({ DATA_DIR: dataDir, REDIS_URL: options.redisUrl, QUEUE_PREFIX: options.prefix, WORKFLOWS_DIR: './workflows' }, await freePort(), options.dir);
    await sleep(SETTLE_MS);
    const rss = rssOfMb(bot.pid);
    progress(`idle on PGlite: ${rss} MB`);
    return rss;
  } finally {
    await bot?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    const redis = connectRedis(options.redisUrl);
    const queue = new Queue(QUEUE_NAME, { connection: redis, prefix: options.prefix });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis.disconnect();
  }
}
