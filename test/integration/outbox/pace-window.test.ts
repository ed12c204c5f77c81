import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryPacer, type PaceKey } from '../../../src/outbox/pace-delivery.js';

/**
 * The slots the pacer hands out, read from Redis where it keeps them (no platform, no worker, no timer): the
 * platform-wide limit is one call every window / n, so never more than n in a second; a conversation gets one
 * message per interval; a long run keeps to n per window.
 */
let redis: Redis | undefined;
afterEach(async () => {
  await redis?.quit();
  redis = undefined;
});

const workspace: PaceKey = { key: 'slack', perSecond: 50 };
const channel = (name: string): PaceKey => ({ key: `slack:${name}`, perSecond: 1 });
/** A second and the pacer's 4% margin. */
const WINDOW_MS = 1040;

async function reserveAll(count: number, conversation: (i: number) => string, label: string) {
  redis = new Redis(process.env.TEST_REDIS_URL!);
  const prefix = `pace-window-${randomUUID()}`;
  const pacer = createDeliveryPacer(redis, prefix);
  await Promise.all(Array.from({ length: count }, (_, i) => pacer.reserve(`${label}.${i}`, [workspace, channel(conversation(i))])));
  // Each delivery's slot as Redis stored it (milliseconds on Redis's clock).
  const slots = await Promise.all(Array.from({ length: count }, async (_, i) => Number(await redis!.get(`${prefix}:{pace}:slot:${label}.${i}`))));
  return { pacer, slots };
}

/** The most slots in any one second. */
const busiest = (slots: number[]) => {
  const sorted = [...slots].sort((a, b) => a - b);
  return Math.max(...sorted.map((at, i) => sorted.slice(i, i + 200).filter((other) => other < at + 1000).length));
};

describe("the pacer's slots", () => {
  it('100 messages to 100 people due together at 50/s: one every 1/50 s and the margin, never two bunched, never more than 50 in a second', async () => {
    const { pacer, slots } = await reserveAll(100, (i) => `U${i}`, 'reminder');
    const sorted = [...slots].sort((a, b) => a - b);
    // Evenly spaced: a burst of 50 at once reaches the platform bunched, and one late call of it lands in the next
    // second's count (pace-delivery.ts).
    for (let i = 1; i < sorted.length; i += 1) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(WINDOW_MS / 50 - 0.01);
    expect(sorted[99]! - sorted[0]!).toBeLessThan(100 * (WINDOW_MS / 50) + 50);
    expect(busiest(slots)).toBeLessThanOrEqual(50);
    // Asking again gives the same slot.
    const wait = await pacer.reserve('reminder.99', [workspace, channel('U99')]);
    expect(Number(await redis!.time().then(([s, us]) => Number(s) * 1000 + Number(us) / 1000)) + wait).toBeGreaterThanOrEqual(slots[99]!);
  });

  it('a channel gets one message per interval, however much room the platform-wide limit has', async () => {
    const { slots } = await reserveAll(4, () => 'C0NUIT', 'channel-post');
    const sorted = [...slots].sort((a, b) => a - b);
    for (let i = 1; i < 4; i += 1) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(WINDOW_MS);
  });

  it('a long run keeps to 50 per second: 500 messages take nine windows after the first, no more', async () => {
    const { slots } = await reserveAll(500, (i) => `U${i}`, 'fan-out');
    const sorted = [...slots].sort((a, b) => a - b);
    expect(busiest(slots)).toBeLessThanOrEqual(50);
    expect(sorted[499]! - sorted[0]!).toBeGreaterThanOrEqual(9 * WINDOW_MS);
    expect(sorted[499]! - sorted[0]!).toBeLessThan(10 * WINDOW_MS);
  });
});
