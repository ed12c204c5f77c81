import { startFakeHttpServer, type ScriptedResponse } from './fake-http-server.js';
import { createRateWindow } from './rate-window.js';

export interface SlackCall {
  method: string;
  args: Record<string, any>;
  /** When the call came in (ms since the epoch), to compare calls with each other. */
  at: number;
}

/** A message as the fake keeps it in a conversation's history. */
export interface SlackHistoryMessage {
  ts: string;
  text: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** A file share's files (files.completeUploadExternal). */
  files?: { id: string }[];
}

/** Slack's limits on chat.postMessage, to enforce (none by default). */
export interface SlackRateLimit {
  /** Workspace-wide messages per second. */
  perSecond?: number;
  /** Messages per second to one channel. */
  perChannelPerSecond?: number;
  /** What the 429 answers ask for (default 1 s). */
  retryAfterSeconds?: number;
}

/**
 * A local stand-in for Slack's Web API (https://slack.com/api/<method>): records every call and answers
 * like Slack does. Failures can be scripted per method, e.g. a 429 with Retry-After, a 500, or
 * `{ ok: false, error: 'is_archived' }`. It keeps each channel's history (with message metadata, for
 * `conversations.history`), and on request enforces chat.postMessage's rate limits with 429s.
 */
export async function startFakeSlackApi() {
  // Message timestamps from the real clock (seconds.microseconds, unique), as Slack's are.
  let lastMicros = 0;
  const nextTs = () => {
    lastMicros = Math.max(lastMicros + 1, Date.now() * 1000);
    return `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, '0')}`;
  };
  const failures = new Map<string, ScriptedResponse[]>();
  // Failures answered after the call took effect (Slack did it, the answer was lost).
  const failuresAfter = new Map<string, ScriptedResponse[]>();
  const calls: SlackCall[] = [];
  const history = new Map<string, SlackHistoryMessage[]>();
  const window = createRateWindow();
  let rateLimit: SlackRateLimit | null = null;
  let holdPostsMs = 0;
  let rateLimited = 0;
  // Files uploaded with the external upload flow: the upload URL's bytes, then the channel completion names.
  let baseUrl = '';
  let fileCount = 0;
  const uploads = new Map<string, { bytes: Buffer | null; filename: string; title?: string; channelId?: string }>();

  function postMessage(args: Record<string, any>): ScriptedResponse {
    const channel = String(args.channel ?? '');
    if (rateLimit && !window.admit([{ key: 'workspace', perSecond: rateLimit.perSecond }, { key: `channel:${channel}`, perSecond: rateLimit.perChannelPerSecond }])) {
      rateLimited += 1;
      return { status: 429, headers: { 'retry-after': String(rateLimit.retryAfterSeconds ?? 1) }, body: { ok: false, error: 'ratelimited' } };
    }
    const ts = nextTs();
    const metadata = args.metadata && typeof args.metadata === 'object' ? (args.metadata as SlackHistoryMessage['metadata']) : undefined;
    history.set(channel, [...(history.get(channel) ?? []), { ts, text: String(args.text ?? ''), ...(metadata ? { metadata } : {}) }]);
    return { status: 200, body: { ok: true, channel, ts }, ...(holdPostsMs ? { delayMs: holdPostsMs } : {}) };
  }

  function conversationHistory(args: Record<string, any>): ScriptedResponse {
    const oldest = Number(args.oldest ?? 0);
    const limit = Number(args.limit ?? 100);
    const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
    const messages = (history.get(String(args.channel ?? '')) ?? [])
      .filter((m) => Number(m.ts) > oldest)
      .reverse()
      .slice(0, limit)
      .map((m) => ({ type: 'message', ts: m.ts, text: m.text, bot_id: 'BBOT', ...(m.files ? { files: m.files } : {}), ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
    return { status: 200, body: { ok: true, messages, has_more: false } };
  }

  const server = await startFakeHttpServer((request) => {
    const upload = /^\/upload\/(F\w+)$/.exec(request.path);
    if (upload) {
      const file = uploads.get(upload[1]!);
      if (!file) return { status: 404, body: 'unknown upload' };
      file.bytes = request.rawBody;
      return { status: 200, body: `OK - ${request.rawBody.length}` };
    }
    const method = request.path.replace(/^\/api\//, '').split('?')[0]!;
    const args = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, any>;
    calls.push({ method, args, at: Date.now() });
    const scripted = failures.get(method)?.shift();
    if (scripted) return scripted;
    const answer = handle(method, args);
    return failuresAfter.get(method)?.shift() ?? answer;
  });
  function handle(method: string, args: Record<string, any>): ScriptedResponse {
    switch (method) {
      case 'auth.test':
        return { status: 200, body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } };
      case 'chat.postMessage':
        return postMessage(args);
      case 'chat.update':
        return { status: 200, body: { ok: true, channel: String(args.channel ?? ''), ts: String(args.ts ?? nextTs()) } };
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(++fileCount).padStart(6, '0')}`;
        uploads.set(fileId, { bytes: null, filename: String(args.filename ?? '') });
        return { status: 200, body: { ok: true, upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId } };
      }
      case 'files.completeUploadExternal': {
        const files = (Array.isArray(args.files) ? args.files : []) as { id: string; title?: string }[];
        const done = files.map((f) => uploads.get(f.id));
        if (done.some((f) => !f || !f.bytes)) return { status: 200, body: { ok: false, error: 'file_upload_not_completed' } };
        for (const f of files) Object.assign(uploads.get(f.id)!, { ...(f.title ? { title: f.title } : {}), channelId: String(args.channel_id ?? '') });
        // The share appears in the channel as a message carrying the files, as on Slack.
        const channel = String(args.channel_id ?? '');
        history.set(channel, [...(history.get(channel) ?? []), { ts: nextTs(), text: String(args.initial_comment ?? ''), files: files.map((f) => ({ id: f.id })) }]);
        return { status: 200, body: { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) } };
      }
      case 'conversations.history':
        return conversationHistory(args);
      case 'conversations.open':
        // The fake files a DM under the id it was posted to, so "opening" a user's DM names that same id.
        return { status: 200, body: { ok: true, channel: { id: String(args.users ?? args.channel ?? '') } } };
      case 'views.open':
      case 'views.update':
      case 'views.push':
      case 'views.publish':
        return { status: 200, body: { ok: true, view: { id: `V${nextTs().replace('.', '')}` } } };
      default:
        return { status: 200, body: { ok: true } };
    }
  }
  baseUrl = server.url;
  return {
    url: `${server.url}/api/`,
    calls,
    /** Files uploaded and shared (files.getUploadURLExternal, the upload, files.completeUploadExternal), by file id. */
    uploads,
    /** Calls to one method, in order. */
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    /** The next call(s) to `method` get these responses, one each, before normal answers resume. */
    failNext(method: string, ...responses: ScriptedResponse[]) {
      failures.set(method, [...(failures.get(method) ?? []), ...responses]);
    },
    /** The next call(s) to `method` take effect, then get these responses instead of the normal answer (an answer lost). */
    failAfter(method: string, ...responses: ScriptedResponse[]) {
      failuresAfter.set(method, [...(failuresAfter.get(method) ?? []), ...responses]);
    },
    /** From now on chat.postMessage answers 429 past these rates (null: no limits, the default). */
    limitRate(limit: SlackRateLimit | null) {
      rateLimit = limit;
      window.reset();
    },
    /** How many calls were answered 429 by the enforced rate limits (scripted failures not counted). */
    rateLimitedCount: () => rateLimited,
    /** Messages posted to a channel (or DM, by the id posted to), oldest first. */
    historyOf: (channel: string) => [...(history.get(channel) ?? [])],
    /** From now on posts land in the history at once but are answered only after `ms` (0: at once, the default). */
    holdPosts(ms: number) {
      holdPostsMs = ms;
    },
    reset() {
      calls.length = 0;
      failures.clear();
      failuresAfter.clear();
      history.clear();
      window.reset();
      rateLimit = null;
      holdPostsMs = 0;
      rateLimited = 0;
      uploads.clear();
    },
    close: server.close,
  };
}
export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;
