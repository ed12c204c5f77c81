import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { safeEqual } from './safe-equal.js';

/**
 * HTTP basic auth for the admin pages: any user name, the password `ADMIN_PASSWORD`, compared in constant
 * time. A missing or wrong password gets 401 with a challenge, so the browser asks for it.
 */
export function adminBasicAuth(password: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(req.headers.authorization ?? '');
    const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    const presented = colon >= 0 ? decoded.slice(colon + 1) : '';
    if (colon >= 0 && safeEqual(presented, password)) return next();
    res.status(401).set('WWW-Authenticate', 'Basic realm="Saksgang admin", charset="UTF-8"').json({ error: 'unauthorized' });
  };
}

/**
 * Refuses a changing request sent from another site (a page the admin visits could otherwise ride on the
 * browser's remembered basic-auth credentials).
 */
export function sameOriginWrites(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const site = req.headers['sec-fetch-site'];
  const crossSite = (typeof site === 'string' && site !== 'same-origin' && site !== 'none') || (req.headers.origin !== undefined && !sameHost(req.headers.origin, req.headers.host));
  if (crossSite) {
    res.status(403).json({ error: 'forbidden' });
    return;
  }
  next();
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
