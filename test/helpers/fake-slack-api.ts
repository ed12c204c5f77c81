import { startFakeHttpServer, type ScriptedResponse } from './fake-http-server.js';

export interface SlackCall {
  method: string;
  args: Record<string, any>;
  /** When the call came in (ms since the epoch), to compare calls with each other. */
  at: number;
}

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/<method>): records every call and answers
 * like Slack does. Failures can be scripted per method, e.g. a 429 with Retry-After, a 500, or
 * `{ ok: false, error: 'is_archived' }`.
 */
export async function startFakeSlackApi() {
  let ts = 1_700_000_000;
  const failures = new Map<string, ScriptedResponse[]>();
  const calls: SlackCall[] = [];
  const server = await startFakeHttpServer((request) => {
    const method = request.path.replace(/^\/api\//, '').split('?')[0]!;
    const args = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, any>;
    calls.push({ method, args, at: Date.now() });
    const scripted = failures.get(method)?.shift();
    if (scripted) return scripted;
    switch (method) {
      case 'auth.test':
        return { status: 200, body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } };
      case 'chat.postMessage':
      case 'chat.update':
        return { status: 200, body: { ok: true, channel: String(args.channel ?? ''), ts: String(args.ts ?? `${(ts += 1)}.000100`) } };
      case 'views.open':
      case 'views.update':
      case 'views.push':
        return { status: 200, body: { ok: true, view: { id: `V${(ts += 1)}` } } };
      default:
        return { status: 200, body: { ok: true } };
    }
  });
  return {
    url: `${server.url}/api/`,
    calls,
    /** Calls to one method, in order. */
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    /** The next call(s) to `method` get these responses, one each, before normal answers resume. */
    failNext(method: string, ...responses: ScriptedResponse[]) {
      failures.set(method, [...(failures.get(method) ?? []), ...responses]);
    },
    reset() {
      calls.length = 0;
      failures.clear();
    },
    close: server.close,
  };
}
export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;
