import { createServer } from 'node:net';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, calendarDayOf } from '../../src/calendar/working-days.js';
import { consoleConnectorUrl } from '../../src/console/console-paths.js';
import { mountConsole } from '../../src/console/mount-console.js';
import { seedDemo } from '../../src/seed/seed-demo.js';
import { addItem } from '../helpers/fixtures/add-item.js';
import { planMeeting } from '../helpers/fixtures/plan-meeting.js';
import { startTestApp, type TestApp } from '../helpers/start-test-app.js';
import { ConsoleDriver, launchConsoleBrowser, type ConsoleBrowser } from './helpers/console-browser.js';

/**
 * The documents offered in the console (issue #15): the secretariat distributes an agenda, the notice's card with
 * its download link appears in the committee's channel, and the link gives a Word document. The app listens on a
 * fixed free port, as the console does with `npm start`, so its links point at itself.
 */

const SECRETARIAT = 'ingrid-solberg'; // NUIT secretariat (bokmål)
const PRESENTER = 'ola-brekke';
const START = new Date('2025-05-14T08:00:00Z');
const offset = START.getTime() - Date.now();
const clock = () => new Date(Date.now() + offset);

let t: TestApp | undefined;
let browser: ConsoleBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  await t?.close();
});

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('documents in the console', { timeout: 60_000 }, () => {
  it('distributing the agenda offers the notice as a card with a download link that gives the .docx', async () => {
    t = await startTestApp({
      env: { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', CONSOLE: 'on', PORT: String(await freePort()) },
      app: { extraRoutes: mountConsole, teamsServiceUrl: consoleConnectorUrl, clock },
    });
    await seedDemo(t.db.prisma, { today: clock() });
    browser = await launchConsoleBrowser();
    const chat = new ConsoleDriver(browser.page);
    await chat.open(t.url);

    const nuit = await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUIT' } });
    const presenter = await t.db.prisma.person.findUniqueOrThrow({ where: { key: PRESENTER } });
    const meeting = await planMeeting(t, nuit.id, { day: addWorkingDays(calendarDayOf(START), 20), place: 'Direktoratet for e-helse' });
    await addItem(t, meeting.id, { title: 'Felles språk for legemiddelopplysninger', presenterId: presenter.id });
    const ref = `NUIT ${meeting.number}/${meeting.year}`;

    await chat.playAs(SECRETARIAT);
    await chat.say(`møte distribuer ${ref}`);
    await chat.waitForText('Distribuere sakslisten?');
    await chat.button(chat.card('Distribuere sakslisten?'), /^Distribuer$/).click();
    await chat.waitForText(`Sakslisten for ${ref} er sendt ut.`);
    await chat.openConversation('NUIT');
    const noticeText = `Innkalling og saksliste for ${ref} (Word).`;
    await chat.waitForText(noticeText, 30_000);
    const card = chat.card(noticeText);
    await card.scrollIntoViewIfNeeded();
    await chat.shot('documents-notice-card');

    // The card's button opens the link (Action.OpenUrl): catch the address it opens, then download it.
    await browser.page.evaluate(() => {
      (globalThis as any).openedUrls = [];
      (globalThis as any).open = (url: string) => void (globalThis as any).openedUrls.push(String(url));
    });
    await chat.button(card, 'Last ned').click();
    await expect.poll(() => browser!.page.evaluate(() => (globalThis as any).openedUrls.length)).toBe(1);
    const url = await browser.page.evaluate(() => (globalThis as any).openedUrls[0] as string);
    expect(url).toMatch(new RegExp(`^${t.url}/files/[0-9a-f-]{36}\\.docx\\?name=`));
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('.docx');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Felles språk for legemiddelopplysninger');
  });
});
