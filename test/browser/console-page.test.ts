import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignConsoleIds } from '../../src/console/assign-console-ids.js';
import { consoleConnectorUrl } from '../../src/console/console-paths.js';
import { mountConsole } from '../../src/console/mount-console.js';
import { reply } from '../../src/conversation/reply.js';
import { postToCommittee } from '../../src/outbox/post-to-committee.js';
import { sendToPerson } from '../../src/outbox/send-to-person.js';
import { seedDemo } from '../../src/seed/seed-demo.js';
import { startTestApp, waitFor, type TestApp } from '../helpers/start-test-app.js';

/** Debian's Chromium (`apt-get install chromium`); nothing here downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');
const CONFIRM = 'saksgang.console-browser-test.note' as const;
const NOTE_FORM = 'saksgang.form.console-browser-test.note' as const;

let t: TestApp;
let context: BrowserContext;
let page: Page;
let userDataDir: string;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`) });
}

/** The transcript's Adaptive Cards, as text. */
async function transcript(): Promise<string> {
  return page.locator('.webchat__basic-transcript').innerText();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install Debian's package with "apt-get install -y chromium" (or set CHROMIUM_PATH). The browser tests need it and never download one.`);
  }
  t = await startTestApp({
    env: { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', CONSOLE: 'on' },
    app: { extraRoutes: mountConsole, teamsServiceUrl: consoleConnectorUrl },
  });
  const db = t.db.prisma;
  // The demo roster and its meetings, as `npm run seed` makes them.
  await seedDemo(db);
  const ola = await db.person.findUniqueOrThrow({ where: { key: 'ola-brekke' } });
  const nuit = await db.committee.findUniqueOrThrow({ where: { key: 'NUIT' } });

  // A button that opens a form, so a card click can be played in the browser.
  const form = (context: Record<string, string>) => ({
    formId: NOTE_FORM,
    title: 'Kommentar til saken',
    submitLabel: 'Send',
    cancelLabel: 'Avbryt',
    context,
    fields: [{ id: 'note', type: 'text' as const, label: 'Kommentar', required: true }],
  });
  t.app.registry.addAction({ actionId: CONFIRM, requiresPerson: true, run: async () => reply.form(form({ item: '12/26' })) });
  t.app.registry.addForm({
    formId: NOTE_FORM,
    requiresPerson: true,
    submit: async (_ctx, values) =>
      values.note ? reply.formDone({ text: 'Takk', blocks: [{ type: 'text', text: `Takk! Kommentaren er registrert: ${String(values.note)}` }] }) : reply.formErrors(form({ item: '12/26' }), { note: 'Skriv en kommentar.' }),
  });
  // People added after the app started get their console Teams ids when the page lists the roster; these
  // messages go out before the page is open, so the ids are given first (as a seed run with the console does).
  await assignConsoleIds(db);
  await sendToPerson(t.app.services, {
    personId: ola.id,
    kind: 'console-browser-test',
    idempotencyKey: 'browser-dm-1',
    message: { text: 'Sak 12/26', blocks: [{ type: 'header', text: 'Sak 12/26: Felles kommunal journal' }, { type: 'actions', buttons: [{ actionId: CONFIRM, label: 'Kommenter saken' }] }] },
  });
  await postToCommittee(t.app.services, {
    committeeId: nuit.id,
    kind: 'console-browser-test',
    idempotencyKey: 'browser-agenda-1',
    message: { text: 'Saksliste NUIT 2/2026', blocks: [{ type: 'header', text: 'Saksliste NUIT 2/2026' }, { type: 'text', text: 'Sak 12/26: Felles kommunal journal' }] },
  });
  await waitFor(async () => (await db.delivery.count({ where: { idempotencyKey: { startsWith: 'browser-' }, state: 'sent' } })) === 2, 10_000, 'the seeded messages to be delivered');

  await mkdir(SCREENSHOTS, { recursive: true });
  userDataDir = await mkdtemp(join(tmpdir(), 'saksgang-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 860 },
    locale: 'nb-NO',
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  await t?.close();
});

describe('the local chat console in a browser', () => {
  it('plays a person: asks for help, clicks a card button, fills in the form, and reads the committee channel', async () => {
    await page.goto(`${t.url}/`);
    await page.waitForFunction(() => (globalThis as any).saksgangConsole?.ready === true);
    expect(await page.locator('#console-person option').allTextContents()).toContain('Ingrid Solberg – Direktoratet for e-helse');
    await shot('01-start');

    // Play Ola Brekke (a member) and ask for help.
    await page.selectOption('#console-person', 'ola-brekke');
    await page.waitForFunction(() => (globalThis as any).saksgangConsole?.person === 'ola-brekke' && (globalThis as any).saksgangConsole.ready);
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Felles kommunal journal');
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('help');
    await input.press('Enter');
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Saksgang – hjelp');
    await shot('02-help');

    // The reminder's button opens a form; an empty submit shows the error on the card, a filled one replaces it.
    await page.locator('.ac-pushButton', { hasText: 'Kommenter saken' }).click();
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Kommentar til saken');
    const formCard = page.locator('.ac-adaptiveCard', { hasText: 'Kommentar til saken' });
    await formCard.locator('.ac-pushButton', { hasText: 'Send' }).click();
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Skriv en kommentar.');
    await formCard.locator('input').fill('Vi støtter forslaget.');
    await shot('03-form');
    await formCard.locator('.ac-pushButton', { hasText: 'Send' }).click();
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Kommentaren er registrert: Vi støtter forslaget.');
    expect(await transcript()).not.toContain('Kommentar til saken');
    await shot('04-form-done');

    // The committee channel shows what was posted to NUIT.
    await page.locator('#console-conversations button[data-conversation="NUIT"]').click();
    await page.waitForFunction(() => (globalThis as any).saksgangConsole?.conversationId === 'console:channel:NUIT');
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Saksliste NUIT 2/2026');
    await shot('05-channel');

    // An English-speaking person gets the page and the bot in English.
    await page.selectOption('#console-person', 'jonas-eide');
    await page.waitForFunction(() => (globalThis as any).saksgangConsole?.person === 'jonas-eide' && (globalThis as any).saksgangConsole.ready);
    expect(await page.locator('#console-person-label').innerText()).toBe('You are');
    await page.locator('[data-id="webchat-sendbox-input"]').fill('hjelp');
    await page.locator('[data-id="webchat-sendbox-input"]').press('Enter');
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Saksgang – help');
    await shot('06-english');
  });

  it('follows the played person to English after «språk en», and keeps talking after the app was out of reach', async () => {
    await page.goto(`${t.url}/?person=marius-dahl`);
    await page.waitForFunction(() => (globalThis as any).saksgangConsole?.person === 'marius-dahl' && (globalThis as any).saksgangConsole.ready);
    expect(await page.locator('#console-person-label').innerText()).toBe('Du er');
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('språk en');
    await input.press('Enter');
    // The sidebar and the title follow without a reload.
    await expect.poll(() => page.locator('#console-person-label').innerText(), { timeout: 10_000 }).toBe('You are');
    expect(await page.locator('#console-conversations button[data-conversation="direct"]').innerText()).toBe('Direct messages');
    expect(await page.title()).toBe('Saksgang – local console');

    // A restart, as the page sees it: every request fails for a while (Direct Line's polling gives up at the first
    // failure). Afterwards the page opens its conversation again by itself and what is typed reaches the bot.
    const opened = await page.evaluate(() => (globalThis as any).saksgangConsole.opened as number);
    const refused = { polls: 0, status: 0 };
    await page.route('**/console/**', (route) => {
      const url = route.request().url();
      if (url.includes('/activities')) refused.polls += 1;
      if (url.includes('/console/api/status')) refused.status += 1;
      return route.abort('connectionrefused');
    });
    await expect.poll(() => refused.polls > 0 && refused.status > 0, { timeout: 10_000 }).toBe(true);
    await page.unroute('**/console/**');
    await page.waitForFunction((before) => (globalThis as any).saksgangConsole?.opened > before && (globalThis as any).saksgangConsole.ready, opened, { timeout: 10_000 });
    await input.fill('help');
    await input.press('Enter');
    await expect.poll(() => transcript(), { timeout: 10_000 }).toContain('Saksgang – help');
    await shot('07-english-after-reconnect');
  });
});
