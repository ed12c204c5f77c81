import type { Request } from 'express';

/**
 * The address this server was reached at, as seen from this machine (`http://127.0.0.1:3978`). Taken from
 * the socket, not the Host header, so the bot is always called back on the loopback address it listens on.
 */
export function localBaseUrl(req: Request): string {
  const raw = req.socket.localAddress ?? '127.0.0.1';
  const address = raw.startsWith('::ffff:') ? raw.slice(7) : raw;
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}`;
}
