import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, calendarDayOf } from '../../src/calendar/working-days.js';
import { consoleConnectorUrl } from '../../src/console/console-paths.js';
import { mountConsole } from '../../src/console/mount-console.js';
import { seedDemo } from '../../src/seed/seed-demo.js';
import { startTestApp, type TestApp } from '../helpers/start-test-app.js';
import { ConsoleDriver, launchConsoleBrowser, SCREENSHOTS, type ConsoleBrowser } from './helpers/console-browser.js';

// A fixed Wednesday in mid-May, running on in real time, as the story test does: no holiday or year end near.
const START = new Date('2025-05-14T08:00:00Z');
const offset = START.getTime() - Date.now();
const clock = () => new Date(Date.now() + offset);
const meetingDay = addWorkingDays(calendarDayOf(START), 20);

let t: TestApp;
let browser: ConsoleBrowser;

beforeAll(async () => {
  browser = await launchConsoleBrowser();
  t = await startTestApp({ env: { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', CONSOLE: 'on' }, app: { extraRoutes: mountConsole, teamsServiceUrl: consoleConnectorUrl, clock } });
  await seedDemo(t.db.prisma, { today: clock() });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the home card in the console', { timeout: 60_000 }, () => {
  it('the secretariat asks for its home, plans a meeting from its button with no typed command, and sees the card follow it, and refreshes it in place', async () => {
    const chat = new ConsoleDriver(browser.page);
    await chat.open(t.url);
    await chat.playAs('ingrid-solberg');
    await chat.say('hjem');
    const home = chat.card('Hjem – Ingrid Solberg');
    await home.waitFor();
    expect(await home.innerText()).toContain('Neste møter');
    await chat.shot('home-01-card');

    await chat.button(home, 'Planlegg møte NUIT').click();
    const form = chat.form(/^Dato/);
    await form.waitFor();
    await form.getByLabel(/^Dato/).fill(meetingDay);
    await form.getByLabel(/^Sted/).fill('Thon Hotel Opera');
    await chat.shot('home-02-meeting-form');
    await chat.button(form, 'Lagre').click();
    const created = await chat.waitForText(/Møte NUIT (\d+\/\d{4}) er opprettet \(([^)]+ \d{4}) kl\./);
    const [, number, day] = /Møte NUIT (\d+\/\d{4}) er opprettet \(([^)]+ \d{4}) kl\./.exec(created)!;
    // The home follows what is done from it: the card the button was on is updated in place with the new meeting.
    await expect.poll(() => home.innerText(), { timeout: 15_000 }).toContain(`NUIT ${number} ${day}`);

    // Oppdater refreshes it in place too: no new card.
    const cards = await browser.page.locator('.ac-adaptiveCard').count();
    const stamp = await home.innerText();
    await chat.button(home, 'Oppdater').click();
    await expect.poll(() => home.innerText(), { timeout: 15_000 }).toContain(`NUIT ${number} ${day}`);
    expect(await browser.page.locator('.ac-adaptiveCard').count()).toBe(cards);
    expect(stamp).toContain('Oppdatert');
    // The whole card, taller than the window. Web Chat may still be swapping in the refreshed card (it replaces
    // the element), so a screenshot of the detached one is taken again.
    for (let attempt = 1; ; attempt += 1) {
      const shot = await home.screenshot({ path: join(SCREENSHOTS, 'home-03-refreshed.png') }).then(() => null, (error: unknown) => error);
      if (!shot) break;
      if (attempt === 5) throw shot;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });
});
