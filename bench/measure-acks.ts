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

/**
 * Sends each body as a signed Slack request to `/slack/events` of `baseUrl`, at most `concurrency` in
 * flight, from a thread of its own (ack-load-worker.mjs), and returns the answer times. Stops sending new
 * requests after `maxMs`, so a slow app cannot stretch the bench.
 */
export async function measureAcks(baseUrl: string, secret: string, bodies: string[], options: { concurrency: number; maxMs: number }): Promise<AckFigures> {
  const worker = new Worker(new URL('./ack-load-worker.mjs', import.meta.url), { workerData: { baseUrl, secret, bodies, ...options } });
  try {
    const result = await new Promise<{ durations: number[]; ok: number; failed: number; statuses: Record<string, number> }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`ack load thread ended with ${code}`)));
    });
    const durations = result.durations.sort((a, b) => a - b);
    return {
      sent: durations.length,
      ok: result.ok,
      failed: result.failed,
      statuses: result.statuses,
      p50Ms: Math.round(quantile(durations, 0.5)),
      p99Ms: Math.round(quantile(durations, 0.99)),
      over3s: durations.filter((d) => d > 3000).length,
    };
  } finally {
    await worker.terminate();
  }
}
