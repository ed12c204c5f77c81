import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The body's bytes as sent (file uploads). */
  rawBody: Buffer;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer only after this long (the request is recorded at once): a platform slow to confirm. */
  delayMs?: number;
}

/** A tiny HTTP server on loopback that records every request; the platform fakes build on it. */
export async function startFakeHttpServer(
  handle: (request: RecordedRequest) => ScriptedResponse,
): Promise<{ url: string; requests: RecordedRequest[]; close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  // Answers held back (ScriptedResponse.delayMs): dropped at close, as a platform that never answered.
  const held = new Map<NodeJS.Timeout, ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const raw = rawBody.toString('utf8');
      const type = req.headers['content-type'] ?? '';
      let body: unknown = raw;
      if (type.includes('application/json') && raw) body = JSON.parse(raw);
      else if (type.includes('application/x-www-form-urlencoded')) {
        const form: Record<string, unknown> = {};
        for (const [key, value] of new URLSearchParams(raw)) {
          form[key] = /^[[{]/.test(value) ? safeJson(value) : value;
        }
        body = form;
      }
      const recorded = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body, rawBody };
      requests.push(recorded);
      const response = handle(recorded);
      const answer = () => {
        res.writeHead(response.status, { 'content-type': 'application/json', ...(response.headers ?? {}) });
        res.end(response.body === undefined ? '' : JSON.stringify(response.body));
      };
      if (response.delayMs) {
        const timer = setTimeout(() => {
          held.delete(timer);
          answer();
        }, response.delayMs);
        held.set(timer, res);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      for (const [timer, res] of held) {
        clearTimeout(timer);
        res.destroy();
      }
      held.clear();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
