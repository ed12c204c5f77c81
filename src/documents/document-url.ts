import type { AppServices } from '../app/services.js';
import { fileBaseUrl, fileUrl } from '../files/store-file.js';

/** A file name the download route accepts: no slashes ("NUIT 2/2027" becomes "NUIT 2-2027"), with the file's extension. */
export function downloadFileName(name: string, fileId: string): string {
  const extension = fileId.split('.').pop() ?? '';
  return `${name.replace(/[/\\]/g, '-')}.${extension}`;
}

/** The download address of a stored document, named for the person who saves it; null without a public address. */
export function documentUrl(services: Pick<AppServices, 'config'>, fileId: string, fileName: string): string | null {
  return fileUrl(fileBaseUrl(services.config), fileId, downloadFileName(fileName, fileId));
}
