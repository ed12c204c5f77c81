import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { isLoopbackAddress } from '../console/require-loopback.js';
import { safeEqual } from './safe-equal.js';

/**
 * Who may read /metrics: with `METRICS_TOKEN` set, a request carrying `Authorization: Bearer <token>` (401
 * otherwise); without it, only this machine (403 otherwise). A request relayed by a proxy (it carries
 * X-Forwarded-For or Forwarded) is not taken for this machine's own, since a proxy on the same host makes
 * every client look local: behind a proxy, set the token.
 */
export function metricsAccess(token: string | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (token) {
      const header = req.headers.authorization ?? '';
      const presented = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
      if (presented && safeEqual(presented, token)) return next();
      res.status(401).set('WWW-Authenticate', 'Bearer realm="saksgang-metrics"').json({ error: 'unauthorized' });
      return;
    }
    const relayed = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
    if (isLoopbackAddress(req.socket.remoteAddress) && !relayed) return next();
    res.status(403).json({ error: 'forbidden' });
  };
}
