import { PlatformError } from '../platform-error.js';

/** Slack errors after which retrying cannot help; the secretariat is told instead. */
const PERMANENT = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'user_not_found',
  'user_disabled',
  'account_inactive',
  'cannot_dm_bot',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'missing_scope',
  'invalid_blocks',
  'msg_too_long',
  'message_not_found',
  'cant_update_message',
]);

interface SlackErrorShape {
  code?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
  message?: string;
}

/** Turns a `@slack/web-api` error into a PlatformError that says whether to retry and when. */
export function classifySlackError(error: unknown): PlatformError {
  const e = (error ?? {}) as SlackErrorShape;
  switch (e.code) {
    // @slack/web-api's ErrorCode.RateLimitedError; the shorter code is kept for older clients.
    case 'slack_webapi_rate_limited_error':
    case 'slack_webapi_rate_limited':
      return new PlatformError('slack', 'rate_limited', true, (e.retryAfter ?? 1) * 1000);
    case 'slack_webapi_platform_error': {
      const reason = e.data?.error ?? 'unknown_error';
      return new PlatformError('slack', reason, !PERMANENT.has(reason));
    }
    case 'slack_webapi_http_error':
      return new PlatformError('slack', `http_${e.statusCode ?? 'error'}`, (e.statusCode ?? 500) >= 500 || e.statusCode === 408);
    default:
      return new PlatformError('slack', e.code ?? e.message ?? 'request_failed', true);
  }
}
