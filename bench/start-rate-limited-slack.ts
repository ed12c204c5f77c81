import { startFakeHttpServer } from '../test/helpers/fake-http-server.js';

export interface RateLimits {
  /** chat.postMessage accepted per channel per second (Slack: 1). */
  perChannelPerSecond: number;
  /** chat.postMessage accepted per second across the workspace. */
  workspacePerSecond: number;
}

export interface AcceptedPost {
  channel: string;
  text: string;
  at: number;
}

/**
 * Slack's Web API as a fan-out meets it: chat.postMessage is accepted only within the limits (a sliding
 * one-second window per channel and for the whole workspace); beyond them it answers 429 with
 * Retry-After: 1, as Slack does. Records what was accepted, when, and how many calls were refused.
 * Limits can be switched off, to time jobs without pacing getting in the way.
 */
export async function startRateLimitedSlack(limits: RateLimits) {
  let enforce = true;
  let ts = 1_700_000_000;
  const accepted: AcceptedPost[] = [];
  const stats = { posts: 0, rejected429: 0 };
  const lastByChannel = new Map<string, number[]>();
  let recent: number[] = [];
  const server = await startFakeHttpServer((request) => {
    const method = request.path.replace(/^\/api\//, '').split('?')[0]!;
    const args = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    if (method === 'auth.test') return { status: 200, body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } };
    if (method !== 'chat.postMessage') return { status: 200, body: { ok: true, channel: String(args.channel ?? ''), ts: `${(ts += 1)}.000100` } };
    stats.posts += 1;
    const now = Date.now();
    const channel = String(args.channel ?? '');
    if (enforce) {
      recent = recent.filter((at) => now - at < 1000);
      const forChannel = (lastByChannel.get(channel) ?? []).filter((at) => now - at < 1000);
      if (recent.length >= limits.workspacePerSecond || forChannel.length >= limits.perChannelPerSecond) {
        stats.rejected429 += 1;
        return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      }
      recent.push(now);
      lastByChannel.set(channel, [...forChannel, now]);
    }
    accepted.push({ channel, text: String(args.text ?? ''), at: now });
    return { status: 200, body: { ok: true, channel, ts: `${(ts += 1)}.000100` } };
  });
  return {
    url: `${server.url}/api/`,
    accepted,
    stats,
    limits,
    setEnforced(on: boolean) {
      enforce = on;
    },
    reset() {
      accepted.length = 0;
      stats.posts = 0;
      stats.rejected429 = 0;
      lastByChannel.clear();
      recent = [];
    },
    close: server.close,
  };
}
export type RateLimitedSlack = Awaited<ReturnType<typeof startRateLimitedSlack>>;
