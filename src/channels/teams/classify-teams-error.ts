import { PlatformError } from '../platform-error.js';

interface RestErrorShape {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

/** Turns a Bot Framework connector error into a PlatformError that says whether to retry and when. */
export function classifyTeamsError(error: unknown): PlatformError {
  const e = (error ?? {}) as RestErrorShape;
  const status = e.statusCode;
  if (status === 429) {
    const retryAfter = Number(e.response?.headers?.get?.('retry-after') ?? '1');
    return new PlatformError('teams', 'rate_limited', true, (Number.isFinite(retryAfter) ? retryAfter : 1) * 1000);
  }
  if (status === 403) return new PlatformError('teams', 'forbidden (the user or team removed the bot)', false);
  if (status === 404) return new PlatformError('teams', 'conversation_not_found', false);
  if (status === 401) return new PlatformError('teams', 'unauthorized', false);
  if (status && status >= 400 && status < 500 && status !== 408) return new PlatformError('teams', `http_${status}`, false);
  return new PlatformError('teams', status ? `http_${status}` : (e.code ?? 'request_failed'), true);
}
