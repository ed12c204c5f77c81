import type { Request } from 'express';

/** Who the page plays and which conversation it shows. Carried in the (dummy) Direct Line token. */
export interface ConsoleSession {
  personKey: string;
  conversationId: string;
  kind: 'personal' | 'channel';
}

/**
 * The token is the session itself, base64url-encoded: the console only answers on this machine, so there
 * is nothing to keep secret, and a restarted app still understands a page that was left open.
 */
export function encodeSession(session: ConsoleSession): string {
  return Buffer.from(JSON.stringify({ p: session.personKey, c: session.conversationId, k: session.kind })).toString('base64url');
}

/** The session of a Direct Line request (`Authorization: Bearer <token>`), or null. */
export function readSession(req: Request): ConsoleSession | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  try {
    const raw = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof raw.p !== 'string' || typeof raw.c !== 'string' || (raw.k !== 'personal' && raw.k !== 'channel')) return null;
    return { personKey: raw.p, conversationId: raw.c, kind: raw.k };
  } catch {
    return null;
  }
}
