import type { AppServices } from '../app/services.js';
import { fileBaseUrl, fileUrl } from '../files/store-file.js';

/** The download address of a stored document, named for the person who saves it; null without a public address. */
export function documentUrl(services: Pick<AppServices, 'config'>, fileId: string, fileName: string): string | null {
  const url = fileUrl(fileBaseUrl(services.config), fileId);
  return url ? `${url}?name=${encodeURIComponent(fileName)}` : null;
}
