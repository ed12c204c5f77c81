import { startFakeHttpServer, type ScriptedResponse } from './fake-http-server.js';
import { createRateWindow } from './rate-window.js';

export interface ConnectorCall {
  verb: 'create' | 'send' | 'reply' | 'update';
  conversationId: string;
  activityId?: string;
  body: Record<string, any>;
  /** When the call came in (ms since the epoch). */
  at?: number;
}

/** The Bot Framework's limits, to enforce (none by default). */
export interface ConnectorRateLimit {
  /** Requests per second for the app (in its tenant). */
  perSecond?: number;
  /** Messages per second to one conversation. */
  perConversationPerSecond?: number;
  /** What the 429 answers ask for (default 1 s). */
  retryAfterSeconds?: number;
}

/**
 * A local stand-in for the Bot Framework connector at an activity's `serviceUrl`: records created
 * conversations, sent, replied and updated activities. Failures can be scripted (429 with Retry-After,
 * 500, 403 for a user who removed the bot). On request it enforces the Bot Framework's rate limits with 429s.
 */
export async function startFakeConnector() {
  let counter = 0;
  const failures: ScriptedResponse[] = [];
  const calls: ConnectorCall[] = [];
  const window = createRateWindow();
  let rateLimit: ConnectorRateLimit | null = null;
  let rateLimited = 0;
  const server = await startFakeHttpServer((request) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, any>;
    const path = decodeURIComponent(request.path.split('?')[0]!);
    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
    if (!match) return { status: 404, body: { error: { code: 'NotFound', message: path } } };
    const [, conversationId, activityId] = match;
    const scripted = failures.shift();
    if (scripted) return scripted;
    const limits = [{ key: 'app', perSecond: rateLimit?.perSecond }, ...(conversationId ? [{ key: `conversation:${conversationId}`, perSecond: rateLimit?.perConversationPerSecond }] : [])];
    if (rateLimit && !window.admit(limits)) {
      rateLimited += 1;
      return { status: 429, headers: { 'retry-after': String(rateLimit.retryAfterSeconds ?? 1) }, body: { error: { code: 'TooManyRequests', message: 'rate limited' } } };
    }
    counter += 1;
    if (!conversationId) {
      const id = `a:conversation-${counter}`;
      calls.push({ verb: 'create', conversationId: id, body, at: Date.now() });
      return { status: 200, body: { id, activityId: `activity-${counter}` } };
    }
    const verb = request.method === 'PUT' ? 'update' : activityId ? 'reply' : 'send';
    calls.push({ verb, conversationId, ...(activityId ? { activityId } : {}), body, at: Date.now() });
    return { status: 200, body: { id: verb === 'update' ? activityId : `activity-${counter}` } };
  });
  const sent = () => calls.filter((c) => c.verb === 'send' || c.verb === 'reply');
  return {
    url: server.url,
    calls,
    /** Activities the bot sent (new messages and replies), in order. */
    sent,
    /**
     * What the bot sent to one conversation, from position `fromIndex` of `sent()` on (take it as
     * `sent().length` before the turn). A turn's reply is the first of these: deliveries of a fan-out
     * (invitations, reminders) to other conversations may arrive in between and are left out.
     */
    repliesIn: (conversationId: string, fromIndex = 0) => sent().slice(fromIndex).filter((c) => c.conversationId === conversationId),
    failNext(...responses: ScriptedResponse[]) {
      failures.push(...responses);
    },
    /** From now on requests past these rates are answered 429 (null: no limits, the default). */
    limitRate(limit: ConnectorRateLimit | null) {
      rateLimit = limit;
      window.reset();
    },
    /** How many requests were answered 429 by the enforced rate limits (scripted failures not counted). */
    rateLimitedCount: () => rateLimited,
    reset() {
      calls.length = 0;
      failures.length = 0;
      window.reset();
      rateLimit = null;
      rateLimited = 0;
    },
    close: server.close,
  };
}
export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;
