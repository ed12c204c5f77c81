import { randomUUID } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppServices } from '../app/services.js';
import type { Config } from '../config/load-config.js';
import { expireFileJob, expireFileJobId } from './jobs/expire-file-job.js';

/** The kinds of file the bot produces. */
export type FileExtension = 'csv' | 'png' | 'svg' | 'docx' | 'xlsx' | 'ics';
export type StoredFileExtension = FileExtension;

/** Files the bot produces (CSV and spreadsheet exports, chart images, reports) live under DATA_DIR/files, served by GET /files/:id. */
export function filesDir(dataDir: string): string {
  return path.resolve(dataDir, 'files');
}

const ID_PATTERN = /^[0-9a-f-]{36}\.(csv|png|svg|docx|xlsx|ics)$/;

/** Writes a file and returns its id (a random, unguessable name with its extension). */
export async function storeFile(dataDir: string, extension: FileExtension, content: string | Buffer): Promise<string> {
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

const DAY_MS = 24 * 60 * 60 * 1000;

/** Has a file written at `writtenAt` outlived a lifetime of `retentionDays`? */
export function isExpired(writtenAt: Date, now: Date, retentionDays: number): boolean {
  return writtenAt.getTime() + retentionDays * DAY_MS <= now.getTime();
}

/**
 * Writes a file that lives FILE_RETENTION_DAYS: its deletion is queued at once (`jobs/expire-file-job.ts`), in the
 * job mirror, so it survives restarts and a lost Redis. Returns the file's id.
 */
export async function storeExpiringFile(services: AppServices, extension: FileExtension, content: string | Buffer): Promise<string> {
  const { DATA_DIR, FILE_RETENTION_DAYS } = services.config;
  const id = await storeFile(DATA_DIR, extension, content);
  const runAt = new Date(services.clock().getTime() + FILE_RETENTION_DAYS * DAY_MS);
  await services.jobs.enqueue(expireFileJob, { fileId: id }, { runAt });
  return id;
}

/**
 * A stored file as the file route sees it: its content; `expired` once its expiry job is due or it was written
 * longer ago than the retention (deleted or not yet); `missing` for an id that is not ours or never was.
 */
export async function findStoredFile(
  services: Pick<AppServices, 'config' | 'db' | 'clock'>,
  id: string,
): Promise<{ state: 'ok'; content: Buffer } | { state: 'expired' } | { state: 'missing' }> {
  if (!ID_PATTERN.test(id)) return { state: 'missing' };
  const now = services.clock();
  const expiry = await services.db.scheduledJob.findUnique({ where: { jobId: expireFileJobId(id) }, select: { runAt: true } });
  if (expiry && expiry.runAt.getTime() <= now.getTime()) return { state: 'expired' };
  const full = path.join(filesDir(services.config.DATA_DIR), id);
  const info = await stat(full).catch(() => null);
  if (!info) return { state: 'missing' };
  if (isExpired(info.mtime, now, services.config.FILE_RETENTION_DAYS)) return { state: 'expired' };
  const content = await readFile(full).catch(() => null);
  return content ? { state: 'ok', content } : { state: 'missing' };
}

/**
 * The base address for links to stored files: PUBLIC_URL; else, when no Slack or Teams credentials are set
 * (only the local console can be talking to us) and the port is fixed, the app's own address from HOST and
 * PORT, so the console shows the chart images. Otherwise null: Slack refuses a message whose image it cannot
 * fetch, so a local address must never reach a real platform.
 */
export function fileBaseUrl(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT' | 'slack' | 'teams'>): string | null {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/$/, '');
  if (config.slack.enabled || config.teams.authenticated || !config.PORT) return null;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}

/**
 * The address of a stored file under a base from `fileBaseUrl`, or null without one. `downloadName` (e.g.
 * "Porteføljerapport Q2 2023.docx") is the name the browser saves a document under.
 */
export function fileUrl(baseUrl: string | null | undefined, id: string, downloadName?: string): string | null {
  if (!baseUrl) return null;
  return `${baseUrl.replace(/\/$/, '')}/files/${id}${downloadName ? `?name=${encodeURIComponent(downloadName)}` : ''}`;
}
