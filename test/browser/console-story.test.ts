import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, calendarDayOf } from '../../src/calendar/working-days.js';
import { consoleConnectorUrl } from '../../src/console/console-paths.js';
import { mountConsole } from '../../src/console/mount-console.js';
import { seedDemo } from '../../src/seed/seed-demo.js';
import { addDependency } from '../helpers/fixtures/add-dependency.js';
import { addItem } from '../helpers/fixtures/add-item.js';
import { handInPaper } from '../helpers/fixtures/hand-in-paper.js';
import { planMeeting } from '../helpers/fixtures/plan-meeting.js';
import { postAgenda } from '../helpers/fixtures/post-agenda.js';
import { startTestApp, type TestApp } from '../helpers/start-test-app.js';
import { ConsoleDriver, launchConsoleBrowser, type ConsoleBrowser } from './helpers/console-browser.js';

/**
 * The whole story, played in the console by one person switching roles in the picker, on the demo
 * data against the real app (Teams code path, jobs in the worker, messages through the outbox):
 * plan a meeting, submit a paper, distribute the agenda, report with a red dependency, act on the red
 * notice, record and publish a decision. Every step starts from the played person's home card (`hjem`, the
 * only word typed) and goes on with its buttons and forms, as issue 13 asks. Each step starts from fresh demo
 * data and builds what the steps before it would have left (through the same domain functions), so any step can
 * run alone.
 */

const SECRETARIAT = 'ingrid-solberg'; // NUIT secretariat (bokmål)
const PRESENTER = 'ola-brekke'; // NUIT member, presents our item
const OWNER = 'lars-hovde'; // owns EPJ-løftet
const PROVIDER = 'knut-foss'; // owns Dokumentdeling gjennom kjernejournal, the provider of the red dependency

const ITEM_TITLE = 'Felles språk for legemiddelopplysninger';
const PROPOSED = 'NUIT støtter arbeidet med felles språk for legemiddelopplysninger.';
const PAPER_TITLE = 'Toppnotat felles språk';
const PAPER_LINK = 'https://sharepoint.example.no/nuit/felles-sprak.pdf';
const DEPENDENCY = 'Kjernejournal må kunne dele legemiddeldokumenter';
const DECISION = 'NUIT støtter arbeidet og ber om en plan til neste møte.';

// The app's clock starts on a fixed Wednesday in mid-May and runs on in real time, so the story's dates (the
// meeting 20 working days on, the round "Q2 2025", the due dates) never straddle a quarter, a year or a holiday.
const STORY_START = new Date('2025-05-14T08:00:00Z');
const clockOffset = STORY_START.getTime() - Date.now();
const clock = () => new Date(Date.now() + clockOffset);
const today = calendarDayOf(STORY_START);
const meetingDay = addWorkingDays(today, 20);
const roundLabel = 'Q2 2025';

let t: TestApp;
let browser: ConsoleBrowser;
let chat: ConsoleDriver;
/** "2/2025": the number the bot gives the meeting we create. */
let meetingNo = '';

const shot = (n: number, step: string) => chat.shot(`story-${String(n).padStart(2, '0')}-${step}`);

beforeAll(async () => {
  browser = await launchConsoleBrowser();
  chat = new ConsoleDriver(browser.page);
});

beforeEach(async () => {
  t = await startTestApp({
    env: { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', CONSOLE: 'on' },
    app: { extraRoutes: mountConsole, teamsServiceUrl: consoleConnectorUrl, clock },
  });
  await seedDemo(t.db.prisma, { today: clock() });
  meetingNo = '';
  // Loading the roster gives everyone their console Teams ids, so every later message reaches the page.
  await chat.open(t.url);
});

afterEach(async () => {
  // The page polls the app every second over a kept-alive connection, which the server's close would wait for
  // (it closes only connections idle at that moment): leave the page first, then close.
  await browser?.page.goto('about:blank').catch(() => undefined);
  await t?.close();
});

afterAll(async () => browser?.close());

const personOf = (key: string) => t.db.prisma.person.findUniqueOrThrow({ where: { key } });

/** Step 1's result: NUIT's meeting on `meetingDay` with our item, the presenter asked for the paper. */
async function plannedMeeting() {
  const nuit = await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUIT' } });
  const meeting = await planMeeting(t, nuit.id, { day: meetingDay, place: 'Direktoratet for e-helse, Verkstedveien 1' });
  const item = await addItem(t, meeting.id, { title: ITEM_TITLE, presenterId: (await personOf(PRESENTER)).id, proposedDecision: PROPOSED });
  meetingNo = `${meeting.number}/${meeting.year}`;
  return { meetingId: meeting.id, itemId: item.id };
}

/** Step 2's result: the presenter's paper is in. */
async function meetingWithPaper() {
  const planned = await plannedMeeting();
  await handInPaper(t, { itemId: planned.itemId, personId: (await personOf(PRESENTER)).id, title: PAPER_TITLE, links: [PAPER_LINK] });
  return planned;
}

/** `hjem` as the played person: the newest home card, once it is there. Every step starts here; nothing else is typed. */
async function home(name: string) {
  await chat.say('hjem');
  const card = chat.card(`Hjem – ${name}`);
  await card.waitFor();
  return card;
}

/** A secretariat step on the home (Sett opp sakslisten, Distribuer, Registrer vedtak, Publiser vedtak): its picker, our meeting, Videre. */
async function pickOurMeeting(homeCard: ReturnType<ConsoleDriver['card']>, step: RegExp, pickTitle: string) {
  await chat.button(homeCard, step).click();
  const picker = chat.card(pickTitle).filter({ has: browser.page.getByLabel(/^Møte/) });
  await picker.waitFor();
  // Our meeting by its label ("NUIT 2/2025 – …"); the demo has other NUIT meetings, and the preselected one may be another.
  const value = await picker.locator('option', { hasText: `NUIT ${meetingNo} –` }).getAttribute('value');
  await picker.getByLabel(/^Møte/).selectOption(value!);
  await picker.scrollIntoViewIfNeeded();
  return picker;
}

// A step builds what the steps before it left and then drives the browser through its own: more than a unit's 30 s on a busy machine.
describe('the whole story in the console, from the home card', { timeout: 120_000 }, () => {
  it('1. the secretariat plans a meeting and adds an item with a presenter, from the home', async () => {
    await chat.playAs(SECRETARIAT);
    const start = await home('Ingrid Solberg');
    expect(await start.innerText()).toContain('Sekretariatet – NUIT');
    await shot(1, 'secretariat-home');
    await chat.button(start, 'Planlegg møte NUIT').click();
    const form = chat.form(/^Dato/);
    await form.waitFor();
    await form.getByLabel(/^Dato/).fill(meetingDay);
    await form.getByLabel(/^Sted/).fill('Direktoratet for e-helse, Verkstedveien 1');
    await shot(2, 'meeting-form');
    await chat.button(form, 'Lagre').click();
    const created = await chat.waitForText(/Møte NUIT (\d+\/\d{4}) er opprettet/);
    meetingNo = /Møte NUIT (\d+\/\d{4}) er opprettet/.exec(created)![1]!;
    expect(meetingNo.endsWith(meetingDay.slice(0, 4))).toBe(true);

    // Build the agenda: the home's button, our meeting in its picker, then the status card's «Ny sak».
    const picker = await pickOurMeeting(start, /^Sett opp sakslisten$/, 'Saksliste – velg møte');
    await shot(3, 'agenda-pick-meeting');
    await chat.button(picker, 'Videre').click();
    await chat.waitForText(`Status for NUIT ${meetingNo}`);
    await chat.button(chat.card(`Status for NUIT ${meetingNo}`), 'Ny sak').click();
    const itemForm = chat.form(/^Sakstype/);
    await itemForm.waitFor();
    await itemForm.getByLabel(/^Tittel/).fill(ITEM_TITLE);
    await itemForm.getByLabel(/^Saksansvarlig/).selectOption({ label: 'Ola Brekke' });
    await itemForm.getByLabel(/^Forslag til vedtak/).fill(PROPOSED);
    await shot(4, 'item-form');
    await chat.button(itemForm, 'Lagre').click();
    const added = await chat.waitForText(new RegExp(`Sak \\d+/\\d+ «${ITEM_TITLE}» er lagt til`));
    expect(added).not.toContain('Fyll ut dette feltet');

    // The agenda again from the same home card: the status card has the item and its presenter.
    await chat.button(await pickOurMeeting(start, /^Sett opp sakslisten$/, 'Saksliste – velg møte'), 'Videre').click();
    const status = chat.card(`Status for NUIT ${meetingNo}`);
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain(ITEM_TITLE);
    expect(await status.innerText()).toContain('Ola Brekke');
    await status.scrollIntoViewIfNeeded();
    await shot(5, 'meeting-status');
  });

  it('2. the presenter finds the paper on their home and submits it from the home’s button', async () => {
    await plannedMeeting();
    await chat.playAs(PRESENTER);
    const start = await home('Ola Brekke');
    const text = await start.innerText();
    expect(text).toContain('Saksunderlag du skal levere');
    expect(text).toContain(ITEM_TITLE);
    await shot(6, 'presenter-home');
    await chat.button(start, /^Lever \d+\/\d+/).click();
    const form = chat.form('Tittel på saksunderlaget');
    await form.waitFor();
    await form.getByLabel('Tittel på saksunderlaget').fill(PAPER_TITLE);
    await form.getByLabel(/^Lenker/).fill(PAPER_LINK);
    await shot(7, 'paper-form');
    await chat.button(form, 'Lever').click();
    await chat.waitForText(`«${ITEM_TITLE}» er levert`);
    await shot(8, 'paper-submitted');
  });

  it('3. the secretariat distributes the agenda from the home, confirms, and it is posted in # NUIT with the item and the paper link', async () => {
    await meetingWithPaper();
    await chat.playAs(SECRETARIAT);
    const start = await home('Ingrid Solberg');
    const picker = await pickOurMeeting(start, /^Distribuer$/, 'Distribuer – velg møte');
    await shot(9, 'distribute-pick-meeting');
    await chat.button(picker, 'Videre').click();
    // Distributing is public: the bot asks first.
    await chat.waitForText('Distribuere sakslisten?');
    const question = chat.card('Distribuere sakslisten?');
    await shot(10, 'distribute-question');
    await chat.button(question, /^Distribuer$/).click();
    await chat.waitForText(`Sakslisten for NUIT ${meetingNo} er sendt ut.`);
    await chat.openConversation('NUIT');
    await chat.waitForText(`Saksliste – NUIT ${meetingNo}`);
    const agenda = chat.card(`Saksliste – NUIT ${meetingNo}`);
    const text = await agenda.innerText();
    expect(text).toContain(ITEM_TITLE);
    expect(text).toContain('Saksansvarlig: Ola Brekke');
    expect(await agenda.locator(`a[href="${PAPER_LINK}"]`).count()).toBeGreaterThan(0);
    await agenda.scrollIntoViewIfNeeded();
    await shot(11, 'agenda-in-channel');
  });

  it('4. the secretariat opens a reporting round from the home’s form; an owner reports from the home with a red dependency', async () => {
    await chat.playAs(SECRETARIAT);
    const start = await home('Ingrid Solberg');
    await chat.button(start, /^Åpne runde$/).click();
    const open = chat.form(/^Navn på runden/);
    await open.waitFor();
    await open.getByLabel(/^Navn på runden/).fill(roundLabel);
    await open.getByLabel(/^Rapporter per/).fill(today);
    await open.getByLabel(/^Frist for rapportene/).fill(addCalendarDays(today, 21));
    await shot(12, 'open-round-form');
    await chat.button(open, 'Åpne runden').click();
    await chat.waitForText(`Runden «${roundLabel}» er åpnet`);
    await shot(13, 'round-opened');

    await chat.playAs(OWNER);
    const ownerHome = await home('Lars Hovde');
    expect(await ownerHome.innerText()).toContain('Statusrapporter du skal levere');
    await shot(14, 'owner-home');
    await chat.button(ownerHome, 'Rapporter: EPJ-løftet').click();
    const form = chat.form(/^Samlet status/);
    await form.waitFor();
    await form.getByLabel(/^Samlet status/).selectOption('yellow');
    await form.getByLabel(/^Beskrivelse av status/).fill('Avventer deling av legemiddeldokumenter i kjernejournal.');
    await shot(15, 'report-form');
    await chat.button(form, 'Send inn').click();
    await chat.waitForText('Statusrapporten for EPJ-løftet');
    await chat.waitForText('Legg til avhengighet');
    await chat.button(chat.card('Legg til avhengighet'), 'Legg til avhengighet').click();
    const dep = chat.form(/^Kritikalitet/);
    await dep.waitFor();
    await dep.getByLabel(/^Beskrivelse/).fill(DEPENDENCY);
    await dep.getByLabel(/^Kategori/).selectOption('national_solutions');
    await dep.getByLabel(/^Leverandør/).fill('dokumentdeling');
    await dep.getByLabel(/^Kritikalitet/).selectOption('high');
    await dep.getByLabel(/^Status/).selectOption('red');
    await dep.getByLabel(/^Frist/).fill(addCalendarDays(today, 60));
    await shot(16, 'red-dependency-form');
    await chat.button(dep, 'Lagre').click();
    await chat.waitForText('Avhengigheten er lagret.');
    await shot(17, 'report-submitted');
  });

  it('5. the provider answers the red dependency from the home’s Answer button and the card updates in place', async () => {
    // Step 4's result: the owner of EPJ-løftet has entered a red dependency on Dokumentdeling gjennom kjernejournal.
    const epj = await t.db.prisma.initiative.findUniqueOrThrow({ where: { key: 'epj-loftet' } });
    const input = { description: DEPENDENCY, category: 'national_solutions', provider: 'dokumentdeling', criticality: 'high', status: 'red', dueDate: addCalendarDays(today, 60), resolved: false } as const;
    await addDependency(t, { initiativeId: epj.id, actorId: (await personOf(OWNER)).id, input });
    await chat.playAs(PROVIDER);
    // The notice comes by itself (a job); wait for it first, so the card the home's button sends is the newest one.
    await chat.waitForText('En avhengighet er blitt rød');
    const start = await home('Knut Foss');
    const text = await start.innerText();
    expect(text).toContain('Røde avhengigheter som venter på svar fra deg');
    expect(text).toContain(DEPENDENCY);
    await shot(18, 'provider-home');
    const notices = browser.page.locator('.ac-adaptiveCard').filter({ hasText: DEPENDENCY }).filter({ has: browser.page.locator('.ac-pushButton', { hasText: 'Nå gul' }) });
    const before = await notices.count();
    await chat.button(start, 'Svar: EPJ-løftet').click();
    // The dependency's own message, with its answer buttons.
    await expect.poll(() => notices.count(), { timeout: 15_000 }).toBe(before + 1);
    const notice = notices.last();
    expect(await notice.innerText()).toContain('EPJ-løftet');
    await notice.scrollIntoViewIfNeeded();
    await shot(19, 'red-dependency-from-home');
    const cardsBefore = await browser.page.locator('.ac-adaptiveCard').count();
    await chat.button(notice, 'Nå gul').click();
    // The card's heading follows the status: it now says yellow, no longer "er blitt rød".
    const answered = chat.card('Avhengigheten er nå gul').filter({ hasText: DEPENDENCY });
    await expect.poll(async () => ((await answered.count()) ? answered.innerText() : ''), { timeout: 15_000 }).toMatch(/Nå gul – registrert av Knut Foss/);
    // In place: the same card changed, no new one was added.
    expect(await browser.page.locator('.ac-adaptiveCard').count()).toBe(cardsBefore);
    // The home card the answer started from follows: re-rendered in place, the dependency no longer waits there.
    await expect.poll(() => start.innerText(), { timeout: 15_000 }).not.toContain('Svar: EPJ-løftet');
    expect(await start.innerText()).not.toContain('Røde avhengigheter som venter på svar fra deg');
    await shot(20, 'red-dependency-now-yellow');
    const stored = await t.db.prisma.dependency.findFirstOrThrow({ where: { description: DEPENDENCY } });
    expect(stored.status).toBe('yellow');
    expect(stored.redSince).toBeNull();
  });

  it('6. the secretariat records the decision and publishes it from the home (with confirmation); the summary is in # NUIT', async () => {
    // Step 3's result: the agenda with our item and its paper is posted.
    await postAgenda(t, (await meetingWithPaper()).meetingId);
    await chat.playAs(SECRETARIAT);
    const start = await home('Ingrid Solberg');
    await chat.button(await pickOurMeeting(start, /^Registrer vedtak$/, 'Vedtak – velg møte'), 'Videre').click();
    // The picker says the overview comes as a message of its own (an outbox copy, which follows every save).
    await chat.waitForText(`Vedtaksoversikten for NUIT ${meetingNo} kommer som egen melding`);
    await chat.waitForText(`Vedtak – NUIT ${meetingNo}`);
    const overview = chat.card(`Vedtak – NUIT ${meetingNo}`);
    // One "record decision" button per item, in agenda order.
    const buttons = overview.locator('.ac-pushButton', { hasText: 'Registrer vedtak' });
    const index = await itemIndex(overview);
    await buttons.nth(index).click();
    const form = chat.form(/^Vedtak/);
    await form.waitFor();
    await form.getByLabel(/^Vedtak/).fill(DECISION);
    await shot(21, 'decision-form');
    await chat.button(form, 'Lagre').click();
    await chat.waitForText(/Vedtaket i sak \d+\/\d+ er lagret/);
    // The overview above follows the save (the job edits every copy in place): our item shows the decision.
    await expect.poll(() => overview.innerText(), { timeout: 15_000 }).toContain(DECISION);

    const picker = await pickOurMeeting(start, /^Publiser vedtak$/, 'Publiser – velg møte');
    await shot(22, 'publish-pick-meeting');
    await chat.button(picker, 'Videre').click();
    // Three standing items have no decision and the meeting has not ended: the bot asks first.
    await chat.waitForText('Publisere vedtakene?');
    const question = chat.card('Publisere vedtakene?');
    expect(await question.innerText()).toContain('3 av 4 saker har ikke registrert vedtak');
    await shot(23, 'publish-question');
    await chat.button(question, 'Publiser likevel').click();
    await chat.waitForText(`Vedtakene fra NUIT ${meetingNo} publiseres nå`);

    await chat.openConversation('NUIT');
    await chat.waitForText(`Vedtak fra NUIT ${meetingNo}`);
    const summary = await chat.card(`Vedtak fra NUIT ${meetingNo}`).innerText();
    expect(summary).toContain(ITEM_TITLE);
    expect(summary).toContain(DECISION);
    await chat.card(`Vedtak fra NUIT ${meetingNo}`).scrollIntoViewIfNeeded();
    await shot(24, 'decisions-in-channel');
  });
});

/** Which of the overview's items is ours (items come in agenda order, one "record decision" button each). */
async function itemIndex(overview: ReturnType<ConsoleDriver['card']>): Promise<number> {
  const texts = await overview.locator('.ac-textBlock').allInnerTexts();
  const items = texts.filter((s) => /^\d+\/\d+ /.test(s.trim()));
  const index = items.findIndex((s) => s.includes(ITEM_TITLE));
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}
