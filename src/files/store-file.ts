import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/load-config.js';

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

/** The address of a stored file under a base from `fileBaseUrl`, or null without one. */
export function fileUrl(baseUrl: string | null | undefined, id: string): string | null {
  return baseUrl ? `${baseUrl.replace(/\/$/, '')}/files/${id}` : null;
}
