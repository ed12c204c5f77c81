import type { Express, Response } from 'express';
import type { AppServices } from '../app/services.js';
import { findStoredFile } from './store-file.js';
import { fileTexts as T } from './texts.js';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ics: 'text/calendar; charset=utf-8',
};
const DOWNLOADS = new Set(['csv', 'docx', 'xlsx', 'ics']);

/** The name a download is saved under: `?name=` when it is a plain file name with the file's extension, else the id. */
export function downloadName(id: string, asked: unknown): string {
  const extension = id.split('.').pop();
  if (typeof asked !== 'string' || asked.length > 120 || !asked.endsWith(`.${extension}`)) return id;
  return /^[\p{L}\p{N} ._()–-]+$/u.test(asked) && !asked.startsWith('.') ? asked : id;
}

/**
 * GET /files/:id: the CSV and spreadsheet exports, reports and chart images under DATA_DIR/files, by their unguessable id, for as long as
 * they live (FILE_RETENTION_DAYS); after that a 410 page in bokmål and English. Never sniffed as another type.
 */
export function mountFileRoutes(app: Express, services: AppServices): void {
  app.get('/files/:id', async (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const id = String(req.params.id);
    const found = await findStoredFile(services, id);
    if (found.state === 'expired') return void sendGone(res);
    if (found.state === 'missing') return void res.status(404).type('text/plain').send('Not found');
    const extension = id.split('.').pop() ?? '';
    res.type(TYPES[extension] ?? 'application/octet-stream');
    if (DOWNLOADS.has(extension)) res.attachment(downloadName(id, req.query.name));
    res.send(found.content);
  });
}

/** A plain page in both languages: whoever opens an old link may not use the bot's default one. */
function sendGone(res: Response): void {
  const section = (lang: 'nb' | 'en') => `<section lang="${lang}"><h1>${T.goneTitle[lang]}</h1><p>${T.goneText[lang]}</p></section>`;
  res
    .status(410)
    .type('text/html; charset=utf-8')
    .setHeader('Cache-Control', 'no-store')
    .send(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${T.goneTitle.nb} / ${T.goneTitle.en}</title></head><body>${section('nb')}${section('en')}</body></html>`);
}
