import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireFileJob } from '../../../src/files/jobs/expire-file-job.js';
import { filesDir, storeExpiringFile } from '../../../src/files/store-file.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let dataDir: string;
let now = new Date();

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'saksgang-files-'));
  t = await startTestApp({ app: { clock: () => now }, env: { DATA_DIR: dataDir, FILE_RETENTION_DAYS: '30' } });
});
afterAll(async () => t?.close());

describe('generated files live FILE_RETENTION_DAYS', () => {
  it('serves a fresh file with nosniff; after its lifetime the link answers 410 in nb and en, and the job deletes it', async () => {
    const id = await storeExpiringFile(t.app.services, 'csv', 'a;b\r\n');
    const job = await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `files-expire.${id}` } });
    expect(job.runAt.getTime() - now.getTime()).toBe(30 * DAY);

    const fresh = await fetch(`${t.url}/files/${id}`);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await fresh.text()).toBe('a;b\r\n');

    // A file written before expiry jobs existed, older than the lifetime: the same job sweeps it away.
    const old = '00000000-0000-4000-8000-000000000000.png';
    await writeFile(path.join(filesDir(dataDir), old), 'png');
    const longAgo = new Date(Date.now() - 31 * DAY);
    await utimes(path.join(filesDir(dataDir), old), longAgo, longAgo);
    expect((await fetch(`${t.url}/files/${old}`)).status).toBe(410);

    now = new Date(now.getTime() + 30 * DAY);
    const gone = await fetch(`${t.url}/files/${id}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await gone.text();
    expect(page).toContain('Denne lenken er utløpt.');
    expect(page).toContain('This link has expired.');

    // The queued copy waits 30 days of real time; run it now, as it would run then.
    await t.app.services.jobs.reschedule(expireFileJob, { fileId: id }, now);
    await waitFor(async () => (await readdir(filesDir(dataDir))).length === 0, 10_000, 'files deleted');
    expect((await fetch(`${t.url}/files/${id}`)).status).toBe(410);
    expect((await fetch(`${t.url}/files/11111111-1111-4111-8111-111111111111.csv`)).status).toBe(404);
  });
});
