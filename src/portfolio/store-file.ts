import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Files the bot produces (CSV exports, chart images) live under DATA_DIR/files, served by GET /files/:id. */
export function filesDir(dataDir: string): string {
  return path.resolve(dataDir, 'files');
}

const ID_PATTERN = /^[0-9a-f-]{36}\.(csv|png|svg)$/;

/** Writes a file and returns its id (a random, unguessable name with its extension). */
export async function storeFile(dataDir: string, extension: 'csv' | 'png' | 'svg', content: string | Buffer): Promise<string> {
  const id = `${randomUUID()}.${extension}`;
  await mkdir(filesDir(dataDir), { recursive: true });
  await writeFile(path.join(filesDir(dataDir), id), content);
  return id;
}

/** Reads a stored file by id; null for an id that is not ours or does not exist. */
export async function readStoredFile(dataDir: string, id: string): Promise<Buffer | null> {
  if (!ID_PATTERN.test(id)) return null;
  return readFile(path.join(filesDir(dataDir), id)).catch(() => null);
}

/** The public address of a stored file, when PUBLIC_URL is set. */
export function fileUrl(publicUrl: string | undefined, id: string): string | null {
  return publicUrl ? `${publicUrl.replace(/\/$/, '')}/files/${id}` : null;
}
