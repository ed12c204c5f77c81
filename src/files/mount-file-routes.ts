import type { Express } from 'express';
import type { AppServices } from '../app/services.js';
import { readStoredFile } from './store-file.js';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', png: 'image/png', svg: 'image/svg+xml' };

/** GET /files/:id: the CSV exports and chart images under DATA_DIR/files, by their unguessable id. */
export function mountFileRoutes(app: Express, services: AppServices): void {
  app.get('/files/:id', async (req, res) => {
    const id = String(req.params.id);
    const content = await readStoredFile(services.config.DATA_DIR, id);
    if (!content) {
      res.status(404).send('Not found');
      return;
    }
    res.type(TYPES[id.split('.').pop() ?? ''] ?? 'application/octet-stream');
    if (id.endsWith('.csv')) res.attachment(id);
    res.send(content);
  });
}
