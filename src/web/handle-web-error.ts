import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../log/logger.js';
import { sendBadRequest } from './bad-request.js';

/** An error body-parser raises for the client's body (bad JSON, too large, wrong charset): a 4xx status. */
function clientStatus(error: unknown): number | null {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  const type = (error as { type?: unknown } | null)?.type;
  return typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string' ? status : null;
}

/**
 * The last word on any request that failed: never Express's HTML page or a stack. A body the client got
 * wrong is a short JSON 4xx; anything else is logged and answered with a JSON 500 that names nothing.
 */
export function handleWebError(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = clientStatus(error);
    if (status !== null) {
      if (!res.headersSent) sendBadRequest(res, status, status === 413 ? 'payload_too_large' : 'bad_request');
      return;
    }
    log.error('request failed', { method: req.method, path: req.path, error: error instanceof Error ? error.message : String(error) });
    if (res.headersSent) {
      res.end();
      return;
    }
    sendBadRequest(res, 500, 'internal_error');
  };
}
