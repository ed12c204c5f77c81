// The load generator's thread: sends signed Slack requests from its own event loop, so that timing 200
// requests in flight does not compete with the apps under test for the main thread's event loop.
// Plain JavaScript because tsx does not reach worker threads. Started by measureAcksInThread (measure-acks.ts).
import { createHmac } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const { baseUrl, secret, bodies, concurrency, maxMs } = workerData;

/** Signed as Slack signs (v0 HMAC-SHA256 over "v0:timestamp:body"), as test/helpers/slack-requests.ts does. */
function sign(body) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

const durations = [];
let next = 0;
let ok = 0;
let failed = 0;
const statuses = {};
const stopAt = Date.now() + maxMs;
// Timed from just before sending to the end of the answer, which is what Slack holds to three seconds.
async function worker() {
  while (next < bodies.length && Date.now() < stopAt) {
    const body = bodies[next];
    next += 1;
    const headers = { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) };
    const start = performance.now();
    try {
      const response = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 200) ok += 1;
      else failed += 1;
    } catch (error) {
      const name = error?.name ?? 'error';
      statuses[name] = (statuses[name] ?? 0) + 1;
      failed += 1;
    }
    durations.push(performance.now() - start);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
parentPort.postMessage({ durations, ok, failed, statuses });
