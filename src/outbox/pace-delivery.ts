import type { Redis } from 'ioredis';
import type { AppServices } from '../app/services.js';
import type { Platform } from '../channels/gateway.js';
import type { Config } from '../config/load-config.js';
import { DeferJobError } from '../jobs/defer-job.js';
import type { DeliveryPacer, PaceKey } from './delivery-pacer.js';

export type { DeliveryPacer, PaceKey } from './delivery-pacer.js';

/**
 * The slot of a delivery: the earliest time both its platform-wide limit and its conversation's limit allow.
 * - The platform-wide limit (KEYS[2], Slack's workspace or Teams' app and tenant) is a "next free time"
 *   (GCRA without burst): one call every window / n. It is charged from its own next free time, not from this
 *   delivery's slot (which a conversation may push later), so one channel's wait does not hold up messages to
 *   everyone else. We tried letting messages due together go at once, up to n per window (100 reminders at
 *   50/s: p99 lateness 2.2 s → 1.5 s), but a burst of n is received by the platform as n calls bunched within
 *   milliseconds, and any delay of one of them moves it into the next window: the pacing test then counted
 *   n + 1 calls within a second at the fake, one run in three. Even spacing keeps the margin on every call.
 * - Each conversation's limit (KEYS[3..]; Slack: 1/s per channel) stays a "next free time" without burst
 *   (GCRA): Slack allows "short bursts >1" per channel but says not how many, so none are planned.
 * The slot is stored for the delivery, so the job's run at its slot finds it instead of queueing behind
 * later reservations. Redis's own clock is used so processes on different machines agree. Times are kept to
 * the microsecond (milliseconds with three decimals): whole milliseconds would round 1000 / 50 × margin up to
 * the next millisecond, a percent of a large fan-out's time lost to rounding alone.
 * KEYS[1] = the delivery's reservation, KEYS[2] = the platform-wide next free time, KEYS[3..] = conversation
 * limits; ARGV[1] = reservation lifetime after its slot (ms), ARGV[2] = the platform-wide window (ms),
 * ARGV[3] = calls allowed in it (one call every window / calls), ARGV[4..] = interval (ms) of each conversation limit.
 */
const RESERVE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local held = redis.call('GET', KEYS[1])
if held then return math.ceil(tonumber(held) - now) end
local interval = tonumber(ARGV[2]) / tonumber(ARGV[3])
local platformSlot = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local platformFree = platformSlot + interval
redis.call('SET', KEYS[2], string.format('%.3f', platformFree), 'PX', math.ceil(platformFree - now) + 1000)
local slot = platformSlot
for i = 3, #KEYS do
  local nextFree = tonumber(redis.call('GET', KEYS[i]) or '0')
  if nextFree > slot then slot = nextFree end
end
for i = 3, #KEYS do
  local nextFree = slot + tonumber(ARGV[i + 1])
  redis.call('SET', KEYS[i], string.format('%.3f', nextFree), 'PX', math.ceil(nextFree - now) + 1000)
end
redis.call('SET', KEYS[1], string.format('%.3f', slot), 'PX', math.ceil(slot - now) + tonumber(ARGV[1]))
return math.ceil(slot - now)
`;

/**
 * The sends of the last window on each key, checked right before the platform call, counted the way the
 * platforms count ("n per second"): a job that ran late may catch up with the schedule, but never puts
 * more than n calls into one window. Returns 0 and records the send when every key has room, else the
 * milliseconds until it has. KEYS = limits; ARGV[1] = window (ms), ARGV[2] = this send's id,
 * ARGV[3..] = calls allowed per window on each key.
 */
const GATE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local wait = 0
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
  if redis.call('ZCARD', KEYS[i]) >= tonumber(ARGV[i + 2]) then
    local oldest = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
    local left = tonumber(oldest[2]) + window - now + 1
    if left > wait then wait = left end
  end
end
if wait > 0 then return wait end
for i = 1, #KEYS do
  redis.call('ZADD', KEYS[i], now, ARGV[2])
  redis.call('PEXPIRE', KEYS[i], window * 2)
end
return 0
`;
/** Pacing keeps this much under each limit: room for calls that land a little early or late (4%). */
const MARGIN = 1.04;
/** The gate's window: a second and the margin, so a call that lands a little late or early still fits. */
const GATE_WINDOW_MS = Math.round(1000 * MARGIN);

/** A reservation outlives its slot this long: enough for the delayed job to come back and use it. */
const RESERVATION_TTL_MS = 10 * 60_000;
/** A slot this close is waited for in place; moving the job to the delayed set costs more than that. */
const INLINE_WAIT_MS = 50;

type PacingRedis = Redis & {
  reserveDeliverySlot(...args: (string | number)[]): Promise<number>;
  passDeliveryGate(...args: (string | number)[]): Promise<number>;
};

/** The pacer on `redis`, with keys under the queue prefix (a `{pace}` hash tag keeps them in one cluster slot). */
export function createDeliveryPacer(redis: Redis, prefix: string): DeliveryPacer {
  const client = redis as PacingRedis;
  if (typeof client.reserveDeliverySlot !== 'function') client.defineCommand('reserveDeliverySlot', { lua: RESERVE_SCRIPT });
  if (typeof client.passDeliveryGate !== 'function') client.defineCommand('passDeliveryGate', { lua: GATE_SCRIPT });
  const reservation = (deliveryKey: string) => `${prefix}:{pace}:slot:${deliveryKey}`;
  return {
    async reserve(deliveryKey, keys) {
      const [platform, ...conversations] = keys;
      if (!platform) return 0;
      // The platform-wide limit: n calls per window of a second and the margin, one every window / n (a slower
      // limit than 1/s gets a window long enough for one call).
      const perWindow = Math.max(1, Math.floor(platform.perSecond));
      const window = Math.max(GATE_WINDOW_MS, (perWindow / platform.perSecond) * 1000 * MARGIN).toFixed(3);
      // A little under each conversation's limit, so a call that lands a little early (network, a busy event loop) still fits.
      const intervals = conversations.map((k) => ((1000 / k.perSecond) * MARGIN).toFixed(3));
      const names = [`${prefix}:{pace}:${platform.key}`, ...conversations.map((k) => `${prefix}:{pace}:${k.key}`)];
      return Number(await client.reserveDeliverySlot(1 + keys.length, reservation(deliveryKey), ...names, RESERVATION_TTL_MS, window, perWindow, ...intervals));
    },
    async pass(deliveryKey, keys) {
      const names = keys.map((k) => `${prefix}:{pace}:sent:${k.key}`);
      const perWindow = keys.map((k) => Math.max(1, Math.floor(k.perSecond)));
      return Number(await client.passDeliveryGate(keys.length, ...names, GATE_WINDOW_MS, deliveryKey, ...perWindow));
    },
    async release(deliveryKey) {
      await redis.del(reservation(deliveryKey));
    },
  };
}

/** The limits a message to `conversation` on `platform` counts against, from the configuration. */
export function paceKeys(config: Config, platform: Platform, conversation: string): PaceKey[] {
  if (platform === 'slack') {
    return [
      { key: 'slack', perSecond: config.PACE_SLACK_PER_SECOND },
      { key: `slack:${conversation}`, perSecond: config.PACE_SLACK_CHANNEL_PER_SECOND },
    ];
  }
  const app = `${config.MICROSOFT_APP_ID ?? 'local'}:${config.MICROSOFT_APP_TENANT_ID ?? ''}`;
  return [
    { key: `teams:${app}`, perSecond: config.PACE_TEAMS_PER_SECOND },
    { key: `teams:${app}:${conversation}`, perSecond: config.PACE_TEAMS_CONVERSATION_PER_SECOND },
  ];
}

/** What pacing needs of a delivery: its key (the reservation is kept under it), platform and target. */
export interface PacedDelivery {
  idempotencyKey: string;
  platform: Platform;
  target: string;
}

/**
 * When a delivery due now should be queued for: its slot, reserved as it is queued, so the job runs once,
 * at its slot, instead of running first to learn it. A delivery due later is paced when it runs.
 */
export async function firstSlot(services: AppServices, delivery: PacedDelivery, runAt: Date): Promise<Date> {
  const pacer = services.pacer;
  const now = services.clock();
  if (!pacer || runAt.getTime() > now.getTime()) return runAt;
  const waitMs = await pacer.reserve(delivery.idempotencyKey, paceKeys(services.config, delivery.platform, delivery.target));
  return waitMs > INLINE_WAIT_MS ? new Date(now.getTime() + waitMs) : runAt;
}

/**
 * Waits for the delivery's slot on its platform and conversation. A slot further ahead than a moment
 * puts the job back on the queue until then (DeferJobError), so it holds no worker meanwhile and other
 * jobs (reminders, other platforms) run unhindered; the re-run finds the same slot and goes ahead.
 * Without a pacer (a process without Redis) deliveries are not paced.
 */
export async function paceDelivery(services: AppServices, delivery: PacedDelivery): Promise<void> {
  const pacer = services.pacer;
  if (!pacer) return;
  // The row's target names its conversation (a channel, or the person a DM goes to), and every message to
  // that conversation names it the same way, without reading the person.
  const waitMs = await pacer.reserve(delivery.idempotencyKey, paceKeys(services.config, delivery.platform, delivery.target));
  if (waitMs <= 0) return;
  if (waitMs <= INLINE_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    return;
  }
  throw new DeferJobError(waitMs);
}

/**
 * Right before the platform call: waits in place while the last second already holds as many sends on
 * the same limits as allowed. The slots keep deliveries apart already; this only stops jobs that ran late
 * from bunching into one window as they catch up.
 */
export async function passPaceGate(services: AppServices, delivery: PacedDelivery): Promise<void> {
  const pacer = services.pacer;
  if (!pacer) return;
  const keys = paceKeys(services.config, delivery.platform, delivery.target);
  const pass = () => pacer.pass(delivery.idempotencyKey, keys);
  for (let waitMs = await pass(); waitMs > 0; waitMs = await pass()) {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/** After a send attempt, successful or not: the next attempt (a retry) waits for a slot of its own. */
export async function releasePace(services: AppServices, delivery: PacedDelivery): Promise<void> {
  const key = delivery.idempotencyKey;
  await services.pacer?.release(key).catch((error: unknown) => services.log.warn('could not release a delivery slot', { key, error }));
}
