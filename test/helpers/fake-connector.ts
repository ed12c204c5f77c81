import { startFakeHttpServer, type ScriptedResponse } from './fake-http-server.js';

export interface ConnectorCall {
  verb: 'create' | 'send' | 'reply' | 'update';
  conversationId: string;
  activityId?: string;
  body: Record<string, any>;
}

/**
 * A local stand-in for the Bot Framework connector at an activity's `serviceUrl`: records created
 * conversations, sent, replied and updated activities. Failures can be scripted (429 with Retry-After,
 * 500, 403 for a user who removed the bot).
 */
export async function startFakeConnector() {
  let counter = 0;
  const failures: ScriptedResponse[] = [];
  const calls: ConnectorCall[] = [];
  const server = await startFakeHttpServer((request) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, any>;
    const path = decodeURIComponent(request.path.split('?')[0]!);
    const match = /^\/v3\/conversations(?:\/([^/]+)\/activities(?:\/([^/]+))?)?\/?$/.exec(path);
    if (!match) return { status: 404, body: { error: { code: 'NotFound', message: path } } };
    const [, conversationId, activityId] = match;
    const scripted = failures.shift();
    if (scripted) return scripted;
    counter += 1;
    if (!conversationId) {
      const id = `a:conversation-${counter}`;
      calls.push({ verb: 'create', conversationId: id, body });
      return { status: 200, body: { id, activityId: `activity-${counter}` } };
    }
    const verb = request.method === 'PUT' ? 'update' : activityId ? 'reply' : 'send';
    calls.push({ verb, conversationId, ...(activityId ? { activityId } : {}), body });
    return { status: 200, body: { id: verb === 'update' ? activityId : `activity-${counter}` } };
  });
  return {
    url: server.url,
    calls,
    /** Activities the bot sent (new messages and replies), in order. */
    sent: () => calls.filter((c) => c.verb === 'send' || c.verb === 'reply'),
    failNext(...responses: ScriptedResponse[]) {
      failures.push(...responses);
    },
    reset() {
      calls.length = 0;
      failures.length = 0;
    },
    close: server.close,
  };
}
export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;
