import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { filesDir, isExpired } from './store-file.js';

/**
 * Deletes `fileId` and every other generated file older than the retention (by its modification time, which is
 * when it was written). Returns how many files it deleted.
 */
export async function deleteExpiredFiles(dataDir: string, options: { fileId?: string; now: Date; retentionDays: number }): Promise<number> {
  const dir = filesDir(dataDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  let deleted = 0;
  for (const name of names) {
    const full = path.join(dir, name);
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) continue;
    if (name !== options.fileId && !isExpired(info.mtime, options.now, options.retentionDays)) continue;
    await rm(full, { force: true });
    deleted += 1;
  }
  return deleted;
}
