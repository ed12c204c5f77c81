import type { NextFunction, Request, Response } from 'express';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * The console is for the machine it runs on: a client from another address gets 403, and so does a page
 * reached under a foreign host name (a DNS-rebinding page in the browser would otherwise get through).
 */
export function requireLoopback(req: Request, res: Response, next: NextFunction): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!isLoopbackAddress(req.socket.remoteAddress) || (host !== '' && !LOOPBACK_HOSTS.has(host) && !host.startsWith('127.'))) {
    res.status(403).type('text/plain').send('The Saksgang console only answers on this machine (localhost).');
    return;
  }
  next();
}
