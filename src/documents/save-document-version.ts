import { createHash } from 'node:crypto';
import type { AppServices } from '../app/services.js';
import { storeExpiringFile, type StoredFileExtension } from '../files/store-file.js';
import type { GeneratedDocument } from '../generated/prisma/client.js';
import type { Locale } from '../i18n/locale.js';

/** `paper-deadline.<itemId>`: the .ics of one item's paper deadline, for its presenter. */
export type DocumentKind = 'notice' | 'minutes' | 'calendar' | `paper-deadline.${string}`;

/** The fingerprint of a document's content model: equal content, equal hash, no new version. */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The newest version of a meeting's document in one language, or null. */
export function latestDocument(services: Pick<AppServices, 'db'>, where: { meetingId: string; kind: DocumentKind; locale: Locale }) {
  return services.db.generatedDocument.findFirst({ where, orderBy: { version: 'desc' } });
}

/**
 * Keeps the newest version of a document: when `content` (the model the file is made from) differs from the newest
 * version's, renders a new file, stores it (expiring like every generated file) and records it as the next version;
 * otherwise returns the newest as it is. Two runs at once make one version (the unique key decides).
 */
export async function saveDocumentVersion(
  services: AppServices,
  input: {
    meetingId: string;
    kind: DocumentKind;
    locale: Locale;
    extension: StoredFileExtension;
    content: unknown;
    render: (version: number) => Promise<Buffer | string>;
  },
): Promise<{ document: GeneratedDocument; created: boolean }> {
  const where = { meetingId: input.meetingId, kind: input.kind, locale: input.locale };
  const hash = contentHash(input.content);
  const latest = await latestDocument(services, where);
  if (latest && latest.contentHash === hash) return { document: latest, created: false };
  const version = (latest?.version ?? 0) + 1;
  const fileId = await storeExpiringFile(services, input.extension, await input.render(version));
  try {
    const document = await services.db.generatedDocument.create({ data: { ...where, version, contentHash: hash, fileId } });
    return { document, created: true };
  } catch (error) {
    if ((error as { code?: string }).code !== 'P2002') throw error;
    const winner = await latestDocument(services, where);
    if (!winner) throw error;
    return { document: winner, created: false };
  }
}
