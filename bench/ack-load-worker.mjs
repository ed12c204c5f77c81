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

// A request Bolt had to answer itself (no ack within 3 s: 404) or that got no answer failed in Slack's
// eyes; it counts as the time we give up waiting, so a failure never looks faster than a late success.
const GIVE_UP_MS = 10_000;
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
    let answered = false;
    try {
      const response = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body, signal: AbortSignal.timeout(GIVE_UP_MS) });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      answered = response.status === 200;
      if (answered) ok += 1;
      else failed += 1;
    } catch (error) {
      const name = error?.name ?? 'error';
      statuses[name] = (statuses[name] ?? 0) + 1;
      failed += 1;
    }
    durations.push(answered ? performance.now() - start : GIVE_UP_MS);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
parentPort.postMessage({ durations, ok, failed, statuses });
