import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { createApp } from '../src/app/create-app.js';
import { QUEUE_NAME } from '../src/jobs/queue-name.js';
import { connectRedis } from '../src/redis/connect-redis.js';
import { loadConfig } from '../src/config/load-config.js';
import { silentLogger } from '../src/log/logger.js';
import { createTestDatabase } from '../test/helpers/test-database.js';
import { startFanOut } from './start-fan-out.js';
import { startRateLimitedSlack } from './start-rate-limited-slack.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long the bot is left alone after it answers /healthz before its RSS is read. */
const SETTLE_MS = 10_000;

/** The resident set of another process, from /proc (Linux), in MB. */
function rssOfMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Bot {
  process: ChildProcess;
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

/** `node dist/main.js`, as `npm start` runs it, with `env` on top of a clean environment; ready when /healthz answers 200. */
async function startBot(env: Record<string, string>, port: number): Promise<Bot> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production' };
  const child = spawn(process.execPath, ['dist/main.js'], { env: { ...base, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited at start: ${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not answer /healthz within 120 s: ${output}`);
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
 */
export async function measureBotMemory(recipients: number): Promise<{ figures: BotMemoryFigures; details: Record<string, unknown> }> {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');

  const slack = await startRateLimitedSlack({ perChannelPerSecond: 1, workspacePerSecond: 50 });
  const db = await createTestDatabase();
  const prefix = `bench_mem_${randomBytes(4).toString('hex')}`;
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
    SLACK_API_URL: slack.url,
    CONSOLE: 'off',
    WORKFLOWS_DIR: './workflows',
    PACE_SLACK_PER_SECOND: '50',
    PACE_SLACK_CHANNEL_PER_SECOND: '1',
  };
  const details: Record<string, unknown> = {};
  let idlePg: number;
  let afterFanOut: number;
  const bot = await startBot(env, await freePort());
  // The bench's side: the same database and queue, no worker and no listener; it only stages the fan-out.
  const stager = await createApp(loadConfig(env), { database: db, log: silentLogger, listen: false, worker: false });
  try {
    await sleep(SETTLE_MS);
    idlePg = rssOfMb(bot.pid);

    await db.prisma.person.createMany({
      data: Array.from({ length: recipients }, (_, i) => ({ key: `mem${i}`, name: `Mottaker ${i}`, email: `mem${i}@example.no`, slackUserId: `UMEM${i}` })),
    });
    const people = await db.prisma.person.findMany({ where: { key: { startsWith: 'mem' } }, select: { id: true } });
    const started = Date.now();
    const { invited } = await startFanOut(stager.services, { key: 'benchmem', personIds: people.map((p) => p.id) });
    const drained = async () => {
      const counts = await stager.queue.getJobCounts('waiting', 'active', 'prioritized');
      const pending = await db.prisma.delivery.count({ where: { state: 'pending' } });
      const sent = new Set(slack.accepted.filter((p) => p.channel.startsWith('UMEM')).map((p) => p.channel)).size;
      return { empty: pending === 0 && (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0 && sent >= invited, sent, pending };
    };
    let state = await drained();
    const deadline = Date.now() + 300_000;
    while (!state.empty && Date.now() < deadline) {
      await sleep(1000);
      state = await drained();
    }
    details.fanOut = { invited, sent: state.sent, pendingAtEnd: state.pending, seconds: Math.round((Date.now() - started) / 1000), queueEmpty: state.empty };
    await sleep(SETTLE_MS);
    afterFanOut = rssOfMb(bot.pid);
  } finally {
    await bot.stop();
    await stager.queue.obliterate({ force: true }).catch(() => undefined);
    await stager.close();
    await db.close();
    await slack.close();
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'saksgang-bench-'));
  let idlePglite: number;
  const pgliteBot = await startBot({ DATA_DIR: dataDir, REDIS_URL: env.REDIS_URL, QUEUE_PREFIX: `${prefix}_pglite`, WORKFLOWS_DIR: './workflows' }, await freePort());
  try {
    await sleep(SETTLE_MS);
    idlePglite = rssOfMb(pgliteBot.pid);
  } finally {
    await pgliteBot.stop();
    rmSync(dataDir, { recursive: true, force: true });
    const redis = connectRedis(env.REDIS_URL);
    const queue = new Queue(QUEUE_NAME, { connection: redis, prefix: `${prefix}_pglite` });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis.disconnect();
  }
  return {
    figures: { rssBotIdlePostgresMb: idlePg, rssBotAfterFanOutMb: afterFanOut, rssBotFanOutGrowthMb: afterFanOut - idlePg, rssBotIdlePgliteMb: idlePglite },
    details,
  };
}
