import type { Express, Response } from 'express';
import type { AppServices } from '../app/services.js';
import { findStoredFile } from './store-file.js';
import { fileTexts as T } from './texts.js';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar; charset=utf-8',
};
/** Served as downloads (with a file name) rather than shown in the browser. */
const DOWNLOADS = new Set(['csv', 'docx', 'ics']);

/**
 * GET /files/:id: the CSV exports and chart images under DATA_DIR/files, by their unguessable id, for as long as
 * they live (FILE_RETENTION_DAYS); after that a 410 page in bokmål and English. Never sniffed as another type.
 */
export function mountFileRoutes(app: Express, services: AppServices): void {
  app.get('/files/:id', async (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const id = String(req.params.id);
    const found = await findStoredFile(services, id);
    if (found.state === 'expired') return void sendGone(res);
    if (found.state === 'missing') return void res.status(404).type('text/plain').send('Not found');
    res.type(TYPES[id.split('.').pop() ?? ''] ?? 'application/octet-stream');
    const extension = id.split('.').pop() ?? '';
    // `?name=` gives the download its human name ("Innkalling – NUIT 2/2027"); the id alone stays the key.
    const name = typeof req.query.name === 'string' && /^[^\\\u0000-\u001f]{1,120}$/.test(req.query.name) ? req.query.name : null;
    if (DOWNLOADS.has(extension)) res.attachment(name ? `${name}.${extension}` : id);
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
