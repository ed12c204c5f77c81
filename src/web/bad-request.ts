import type { Response } from 'express';

/** The one answer to input we refuse: a short JSON error naming no internals. */
export function sendBadRequest(res: Response, status = 400, error = 'bad_request'): void {
  res.status(status).json({ error });
}
