import { afterEach, beforeEach, expect, it } from 'vitest';
import { addWorkingDays, calendarDayOf } from '../../src/calendar/working-days.js';
import { consoleConnectorUrl } from '../../src/console/console-paths.js';
import { mountConsole } from '../../src/console/mount-console.js';
import { seedDemo } from '../../src/seed/seed-demo.js';
import { startTestApp, waitFor, type TestApp } from '../helpers/start-test-app.js';
import { ConsoleDriver, launchConsoleBrowser, type ConsoleBrowser } from './helpers/console-browser.js';

/**
 * A meeting at short notice, played in the console on the demo data against the real app: the secretariat
 * plans a NUIT meeting three Oslo working days ahead (its distribution milestone has passed: the bot would send
 * the agenda after a two-hour grace, and says so), adds an item with a presenter and distributes by hand at
 * once; the agenda in # NUIT shows the item before "Eventuelt" in number too, with its paper "ettersendes";
 * the presenter hands the paper in later; the posted agenda is edited in place to show it, and each member
 * is told once.
 */

const SECRETARIAT = 'ingrid-solberg'; // NUIT secretariat (bokmål)
const PRESENTER = 'ola-brekke'; // NUIT member, presents the item
const ITEM_TITLE = 'Hastesak om e-resept';
const PAPER_TITLE = 'Toppnotat hastesak';
const PAPER_LINK = 'https://sharepoint.example.no/nuit/hastesak.pdf';

// A fixed Wednesday, running on in real time: three working days on is Monday 19 May 2025 (no holiday between).
const STORY_START = new Date('2025-05-14T08:00:00Z');
const clockOffset = STORY_START.getTime() - Date.now();
const clock = () => new Date(Date.now() + clockOffset);
const meetingDay = addWorkingDays(calendarDayOf(STORY_START), 3);

let t: TestApp;
let browser: ConsoleBrowser;
let chat: ConsoleDriver;

// The browser starts while the app starts and the demo data loads.
beforeEach(async () => {
  const app = async () => {
    const started = await startTestApp({
      env: { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', CONSOLE: 'on' },
      app: { extraRoutes: mountConsole, teamsServiceUrl: consoleConnectorUrl, clock },
    });
    await seedDemo(started.db.prisma, { today: clock() });
    return started;
  };
  [browser, t] = await Promise.all([launchConsoleBrowser(), app()]);
  chat = new ConsoleDriver(browser.page);
  await chat.open(t.url);
}, 90_000);

afterEach(async () => {
  await t?.close();
  await browser?.close();
});

const shot = (n: number, step: string) => chat.shot(`short-notice-${String(n).padStart(2, '0')}-${step}`);

it('a short-notice meeting goes out with the paper "ettersendes"; the paper comes later, the agenda is edited in place and the members are told once', { timeout: 90_000 }, async () => {
  expect(meetingDay).toBe('2025-05-19');

  // The secretariat plans the meeting three working days ahead: the bot says it is at short notice, and when
  // the agenda would go out by itself (two hours on: 12.00 in Oslo).
  await chat.playAs(SECRETARIAT);
  await chat.say('møte ny NUIT');
  const form = chat.form(/^Dato/);
  await form.waitFor();
  await form.getByLabel(/^Dato/).fill(meetingDay);
  await form.getByLabel(/^Sted/).fill('Direktoratet for e-helse, Verkstedveien 1');
  await chat.button(form, 'Lagre').click();
  const created = await chat.waitForText(/Møte NUIT (\d+\/\d{4}) er opprettet/);
  const meetingNo = /Møte NUIT (\d+\/\d{4}) er opprettet/.exec(created)![1]!;
  expect(created).toContain('Møtet er kort varslet');
  expect(created).toContain('Sakslisten sendes ut kl. 12.00');
  const meeting = await t.db.prisma.meeting.findFirstOrThrow({ where: { committee: { key: 'NUIT' }, number: Number(meetingNo.split('/')[0]), year: Number(meetingNo.split('/')[1]) } });
  // Nothing has gone out at planning.
  expect(meeting.distributedAt).toBeNull();
  await shot(1, 'planned-short-notice');

  // An item with a presenter, from the status card.
  await chat.say(`møte status NUIT ${meetingNo}`);
  await chat.waitForText(`Status for NUIT ${meetingNo}`);
  await chat.button(chat.card(`Status for NUIT ${meetingNo}`), 'Ny sak').click();
  const itemForm = chat.form(/^Sakstype/);
  await itemForm.waitFor();
  await itemForm.getByLabel(/^Tittel/).fill(ITEM_TITLE);
  await itemForm.getByLabel(/^Saksansvarlig/).selectOption({ label: 'Ola Brekke' });
  await chat.button(itemForm, 'Lagre').click();
  const added = await chat.waitForText(new RegExp(`Sak (\\d+/\\d+) «${ITEM_TITLE}» er lagt til`));
  const caseNo = new RegExp(`Sak (\\d+/\\d+) «${ITEM_TITLE}» er lagt til`).exec(added)![1]!;

  // The secretariat does not wait for the grace: distributed by hand, with the paper to follow.
  await chat.say(`møte distribuer NUIT ${meetingNo}`);
  await chat.waitForText('Distribuere sakslisten?');
  await chat.button(chat.card('Distribuere sakslisten?'), /^Distribuer$/).click();
  await chat.waitForText(`Sakslisten for NUIT ${meetingNo} er sendt ut.`);
  await waitFor(async () => ((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).state === 'distributed' ? true : null), 15_000, 'distributed');

  // The agenda in # NUIT: the item's paper marked "ettersendes", its number before "Eventuelt"'s, Eventuelt last.
  await chat.openConversation('NUIT');
  const agenda = chat.card(`Saksliste – NUIT ${meetingNo}`);
  await expect.poll(async () => ((await agenda.count()) ? agenda.innerText() : ''), { timeout: 20_000 }).toContain(ITEM_TITLE);
  const agendaText = await agenda.innerText();
  expect(agendaText).toContain('Saksunderlag ettersendes');
  const numbers = [...agendaText.matchAll(/Sak (\d+)\/\d+ (.+)/g)].map((m) => ({ n: Number(m[1]), title: m[2]!.trim() }));
  expect(numbers.map((x) => x.n)).toEqual([...numbers.map((x) => x.n)].sort((a, b) => a - b));
  expect(numbers.at(-1)!.title).toBe('Eventuelt');
  expect(numbers.find((x) => x.title === ITEM_TITLE)!.n).toBe(Number(caseNo.split('/')[0]));
  const agendaCards = await browser.page.locator('.ac-adaptiveCard', { hasText: `Saksliste – NUIT ${meetingNo}` }).count();
  await agenda.scrollIntoViewIfNeeded();
  await shot(2, 'agenda-paper-to-follow');

  // The presenter hands the paper in later, from the request in his direct messages.
  await chat.playAs(PRESENTER);
  // The paper deadline had passed before the meeting was planned: his assignment asks for it as soon as he can.
  await chat.cardWith(ITEM_TITLE, 'er allerede passert').waitFor({ timeout: 20_000 });
  // The distribution reminded him that the agenda went out with his paper to follow; he answers from there.
  const request = chat.cardWith(ITEM_TITLE, 'merket «ettersendes»', 'Lever saksunderlag');
  await request.waitFor({ timeout: 20_000 });
  await shot(3, 'presenter-request');
  await chat.button(request, 'Lever saksunderlag').click();
  const paperForm = chat.form('Tittel på saksunderlaget');
  await paperForm.waitFor();
  await paperForm.getByLabel('Tittel på saksunderlaget').fill(PAPER_TITLE);
  await paperForm.getByLabel(/^Lenker/).fill(PAPER_LINK);
  await chat.button(paperForm, 'Lever').click();
  await chat.waitForText(`«${ITEM_TITLE}» er levert`);
  // He is a member too: told once that the paper has come.
  await chat.waitForText(`Saksunderlaget til sak ${caseNo} «${ITEM_TITLE}» (NUIT ${meetingNo}) er kommet`, 20_000);
  await shot(4, 'paper-arrived');

  // The agenda in # NUIT is the same card, edited: the paper link instead of "ettersendes".
  await chat.openConversation('NUIT');
  const edited = chat.card(`Saksliste – NUIT ${meetingNo}`);
  await expect.poll(async () => edited.locator(`a[href="${PAPER_LINK}"]`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await edited.innerText()).not.toContain('Saksunderlag ettersendes');
  expect(await browser.page.locator('.ac-adaptiveCard', { hasText: `Saksliste – NUIT ${meetingNo}` }).count()).toBe(agendaCards);
  await edited.scrollIntoViewIfNeeded();
  await shot(5, 'agenda-edited-in-place');

  // Every member, chair and observer is told once, however the outbox ran.
  // (The late distribution job, two hours on, would find the meeting distributed and send nothing: papers-to-follow.test.ts.)
  const members = await t.db.prisma.membership.findMany({ where: { committeeId: meeting.committeeId, role: { in: ['chair', 'member', 'observer'] } }, select: { personId: true } });
  const invitees = [...new Set(members.map((m) => m.personId))];
  await waitFor(async () => ((await t.db.prisma.delivery.count({ where: { kind: 'paper-arrived', state: 'sent' } })) >= invitees.length ? true : null), 30_000, 'members told');
  const told = await t.db.prisma.delivery.groupBy({ by: ['personId'], where: { kind: 'paper-arrived' }, _count: true });
  expect(told.map((r) => r.personId).sort()).toEqual([...invitees].sort());
  for (const row of told) expect(row._count).toBe(1);
});
