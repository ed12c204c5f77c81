import { signSlackBody } from '../test/helpers/slack-requests.js';

export interface AckFigures {
  sent: number;
  ok: number;
  failed: number;
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
 * Sends `count` signed Slack requests to `/slack/events` of `baseUrl`, at most `concurrency` in flight,
 * and times each from just before it is sent to the end of its answer (what Slack measures against its
 * three seconds). Stops sending new requests after `maxMs`, so a slow app cannot stretch the bench.
 */
export async function measureAcks(
  baseUrl: string,
  secret: string,
  body: (i: number) => string,
  options: { count: number; concurrency: number; maxMs: number },
): Promise<AckFigures> {
  const url = `${baseUrl}/slack/events`;
  const durations: number[] = [];
  let next = 0;
  let ok = 0;
  let failed = 0;
  const stopAt = Date.now() + options.maxMs;
  const worker = async () => {
    while (next < options.count && Date.now() < stopAt) {
      const i = next;
      next += 1;
      const raw = body(i);
      const headers = { 'content-type': 'application/x-www-form-urlencoded', ...signSlackBody(secret, raw) };
      const start = performance.now();
      try {
        const response = await fetch(url, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status === 200) ok += 1;
        else failed += 1;
      } catch {
        failed += 1;
      }
      durations.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  durations.sort((a, b) => a - b);
  return {
    sent: durations.length,
    ok,
    failed,
    p50Ms: Math.round(quantile(durations, 0.5)),
    p99Ms: Math.round(quantile(durations, 0.99)),
    over3s: durations.filter((d) => d > 3000).length,
  };
}
