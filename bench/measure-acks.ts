import { Worker } from 'node:worker_threads';

export interface AckFigures {
  sent: number;
  ok: number;
  failed: number;
  /** How many answers had each HTTP status (or error name, when there was no answer). */
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  /** Answers later than Slack's three seconds. */
  over3s: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface RawAcks {
  durations: number[];
  ok: number;
  failed: number;
  statuses: Record<string, number>;
}

/** Runs one batch of requests from a thread of its own (ack-load-worker.mjs) and returns the raw times. */
async function runThread(baseUrl: string, secret: string, bodies: string[], options: { concurrency: number; maxMs: number }): Promise<RawAcks> {
  const worker = new Worker(new URL('./ack-load-worker.mjs', import.meta.url), { workerData: { baseUrl, secret, bodies, ...options } });
  try {
    return await new Promise<RawAcks>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`ack load thread ended with ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}

function summarize(raws: RawAcks[]): AckFigures {
  const durations = raws.flatMap((r) => r.durations).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const r of raws) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  return {
    sent: durations.length,
    ok: raws.reduce((sum, r) => sum + r.ok, 0),
    failed: raws.reduce((sum, r) => sum + r.failed, 0),
    statuses,
    p50Ms: Math.round(quantile(durations, 0.5)),
    p99Ms: Math.round(quantile(durations, 0.99)),
    over3s: durations.filter((d) => d > 3000).length,
  };
}

/**
 * Sends each body as a signed Slack request to `/slack/events` of `baseUrl`, at most `concurrency` in
 * flight, and returns the answer times. Stops sending new requests after `maxMs`, so a slow app cannot
 * stretch the bench.
 */
export async function measureAcks(baseUrl: string, secret: string, bodies: string[], options: { concurrency: number; maxMs: number }): Promise<AckFigures> {
  return summarize([await runThread(baseUrl, secret, bodies, options)]);
}

/**
 * The same bodies against two apps in alternating rounds of `concurrency` requests (ours, then bare, then
 * ours …), calling `between` before each round. Alternating spreads whatever else the machine does over
 * both apps, so the ratio of the two is not decided by a burst of load that hit only one of them.
 */
export async function measureAcksAlternating(
  urls: { ours: string; bare: string },
  secret: string,
  bodies: string[],
  options: { concurrency: number; maxMs: number; between: () => Promise<unknown> },
): Promise<{ ours: AckFigures; bare: AckFigures }> {
  const ours: RawAcks[] = [];
  const bare: RawAcks[] = [];
  const rounds = Math.ceil(bodies.length / options.concurrency);
  for (let round = 0; round < rounds; round += 1) {
    const batch = bodies.slice(round * options.concurrency, (round + 1) * options.concurrency);
    const each = { concurrency: options.concurrency, maxMs: options.maxMs / rounds };
    await options.between();
    ours.push(await runThread(urls.ours, secret, batch, each));
    await options.between();
    bare.push(await runThread(urls.bare, secret, batch, each));
  }
  return { ours: summarize(ours), bare: summarize(bare) };
}
