import type { Platform } from '../channels/gateway.js';
import type { Db } from '../db/prisma.js';

export interface AuditEntry {
  actorId: string | null;
  platform?: Platform | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: unknown;
}

/** Appends one line to the audit log. Never holds secrets: callers pass ids and small payloads only. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId,
      platform: entry.platform ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      details: (entry.details ?? undefined) as object | undefined,
    },
  });
}
