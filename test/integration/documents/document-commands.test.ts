import ICAL from 'ical.js';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf } from '../../helpers/teams-activities.js';
import { meetingEdges } from '../meetings/edge-helpers.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const BASE = 'https://saksgang.example';
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const nora = { id: '29:nora', aadObjectId: 'aad-nora' };

/** NUIT 1/2027 held on 20 May 2027 with one decided item, 2/2027 planned for September; Nora is on Teams and in no committee. */
async function heldMeeting() {
  t = await startTestApp({ env: { PUBLIC_URL: BASE, FILE_RETENTION_DAYS: '3650' }, app: { clock: () => new Date('2027-06-01T08:00:00Z') } });
  const people = await seedCommittee(t);
  const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
  const item = await addItem(t, meeting.id, { title: 'Strategi for digital sikkerhet', presenterId: people.per.id, proposedDecision: 'NUIT tar saken til orientering.' });
  await recordDecision(t, { itemId: item.id, recordedById: people.kari.id, text: 'NUIT tar saken til orientering.', notes: null });
  const next = await planMeeting(t, people.committee.id, { day: '2027-09-16', place: 'Oslo' });
  await addItem(t, next.id, { title: 'Veikart for e-helse', presenterId: people.per.id });
  await t.db.prisma.person.create({ data: { key: 'nora', name: 'Nora Utenfor', email: 'nora@example.no', locale: 'en', teamsUserId: nora.id, aadObjectId: nora.aadObjectId } });
  await settleOutbox(t);
  return { people, meeting, next, e: meetingEdges(t) };
}

/** The download button's address in a Slack post or Teams card, fetched from the test server instead of the public host. */
function linkIn(json: string, path: RegExp): string {
  const found = path.exec(json);
  expect(found, `a link matching ${path} in ${json.slice(0, 400)}`).not.toBeNull();
  return found![0].replace(BASE, t!.url);
}

async function docxText(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

const slackAnswer = async (e: ReturnType<typeof meetingEdges>, user: string, dm: string, text: string) => {
  const before = e.postsTo(dm).length;
  await e.dm(user, dm, text);
  return JSON.stringify(await waitFor(() => e.postsTo(dm)[before], 15_000, `answer to ${text}`));
};
const teamsAnswer = async (e: ReturnType<typeof meetingEdges>, user: { id: string; aadObjectId: string }, text: string) => {
  const before = t!.connector.sent().length;
  await e.say(user, text);
  return JSON.stringify(await waitFor(() => t!.connector.repliesIn(dmOf(user), before)[0], 15_000, `answer to ${text}`));
};

const DOCX_LINK = /https:\/\/saksgang\.example\/files\/[0-9a-f-]{36}\.docx\?name=[^"\\]+/;
const FEED_LINK = /https:\/\/saksgang\.example\/calendar\/[A-Za-z0-9_-]{43}\.ics/;

// Each test starts its own app and makes Word documents: more than 30 s beside another file on a two-core machine.
describe('`referat` / `minutes`', { timeout: 60_000 }, () => {
  it('on Slack: a member gets the draft minutes in bokmål (`referat`) or English (`minutes`); a presenter outside the committee is refused; a meeting not held has none', async () => {
    const { e, people } = await heldMeeting();
    await warmUpSlack(t!, 'USIRI');

    const nb = await slackAnswer(e, 'USIRI', 'D0SIRI', 'referat NUIT 1/2027');
    expect(nb).toContain('Utkast til referat fra NUIT 1/2027 (Word)');
    expect(nb).toContain('Last ned');
    const nbDoc = await docxText(linkIn(nb, DOCX_LINK));
    expect(nbDoc).toContain('Referat – NUIT 1/2027');
    expect(nbDoc).toContain('Strategi for digital sikkerhet');

    // The secretariat, in English.
    await t!.db.prisma.person.update({ where: { id: people.kari.id }, data: { locale: 'en' } });
    const en = await slackAnswer(e, 'UKARI', 'D0KARI', 'minutes NUIT 1/2027');
    expect(en).toContain('Draft minutes of NUIT 1/2027 (Word)');
    expect(await docxText(linkIn(en, DOCX_LINK))).toContain('Minutes – NUIT 1/2027');

    // Per presents an item but sits in no committee: refused, no document.
    const refused = await slackAnswer(e, 'UPER', 'D0PER', 'referat NUIT 1/2027');
    expect(refused).toContain('Referatene fra NUIT er for utvalgets medlemmer og sekretariat.');
    expect(refused).not.toContain('/files/');
    const notHeld = await slackAnswer(e, 'USIRI', 'D0SIRI', 'referat NUIT 2/2027');
    expect(notHeld).toContain('NUIT 2/2027 er ikke holdt ennå, så det finnes ikke noe referat.');
    const bare = await slackAnswer(e, 'USIRI', 'D0SIRI', 'referat');
    expect(bare).toContain('Skriv for eksempel «referat NUIT 2/2027».');
  });

  it('on Teams: a member gets them in English (`minutes`), the secretariat in bokmål (`referat`); someone outside the committee is refused', async () => {
    const { e, people } = await heldMeeting();
    const en = await teamsAnswer(e, ola, 'minutes NUIT 1/2027');
    expect(en).toContain('Draft minutes of NUIT 1/2027 (Word)');
    expect(en).toContain('Download');
    expect(await docxText(linkIn(en, DOCX_LINK))).toContain('Minutes – NUIT 1/2027');

    await t!.db.prisma.person.update({ where: { id: people.emma.id }, data: { locale: 'nb' } });
    const nb = await teamsAnswer(e, emma, 'referat NUIT 1/2027');
    expect(nb).toContain('Utkast til referat fra NUIT 1/2027 (Word)');
    expect(await docxText(linkIn(nb, DOCX_LINK))).toContain('Referat – NUIT 1/2027');

    const refused = await teamsAnswer(e, nora, 'minutes NUIT 1/2027');
    expect(refused).toContain('The minutes of NUIT are for the committee');
    expect(refused).not.toContain('/files/');
  });
});

describe('`kalender` / `calendar`', { timeout: 60_000 }, () => {
  it('on Slack: anyone in the roster gets their own feed address (bokmål and English); the feed holds their meetings and paper deadlines, and nobody else’s', async () => {
    const { e, people, next } = await heldMeeting();
    await warmUpSlack(t!, 'UPER');
    const nb = await slackAnswer(e, 'UPER', 'D0PER', 'kalender');
    expect(nb).toContain('Abonner på denne adressen i Outlook, Google eller Apple Kalender');
    expect(nb).toContain('Kalenderlenke');
    const perFeed = linkIn(nb, FEED_LINK);
    // Asked again: the same address.
    expect(linkIn(await slackAnswer(e, 'UPER', 'D0PER', 'kalender'), FEED_LINK)).toBe(perFeed);

    const perCal = new ICAL.Component(ICAL.parse(await (await fetch(perFeed)).text()));
    const perEvents = perCal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    // Per sits in no committee: no meetings, but the paper deadline of the September item is his.
    expect(perEvents.map((ev) => ev.summary)).toEqual(expect.arrayContaining([expect.stringContaining('Frist for saksunderlag: sak')]));
    expect(perEvents.some((ev) => ev.uid.startsWith('meeting-'))).toBe(false);
    expect(perEvents.find((ev) => ev.summary.includes('Veikart for e-helse'))).toBeDefined();

    await t!.db.prisma.person.update({ where: { id: people.siri.id }, data: { locale: 'en' } });
    const en = await slackAnswer(e, 'USIRI', 'D0SIRI', 'calendar');
    expect(en).toContain('Subscribe to this address in Outlook, Google or Apple Calendar');
    const siriFeed = linkIn(en, FEED_LINK);
    expect(siriFeed).not.toBe(perFeed);
    const siriCal = new ICAL.Component(ICAL.parse(await (await fetch(siriFeed)).text()));
    const siriUids = siriCal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(siriUids).toContain(`meeting-${next.id}@saksgang`);
    expect(siriUids.some((uid) => uid.startsWith('paper-deadline-'))).toBe(false);
    expect(siriCal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary)).toContain('NUIT meeting 2/2027');
  });

  it('on Teams: `calendar` in English and `kalender` in bokmål answer with the asker’s own address; someone not in the roster is told so', async () => {
    const { e, people } = await heldMeeting();
    const en = await teamsAnswer(e, ola, 'calendar');
    expect(en).toContain('Subscribe to this address in Outlook, Google or Apple Calendar');
    expect(en).toContain('Calendar link');
    const olaFeed = linkIn(en, FEED_LINK);
    const olaToken = (await t!.db.prisma.person.findUniqueOrThrow({ where: { id: people.ola.id } })).calendarToken!;
    expect(olaFeed).toContain(`/calendar/${olaToken}.ics`);

    await t!.db.prisma.person.update({ where: { id: people.emma.id }, data: { locale: 'nb' } });
    const nb = await teamsAnswer(e, emma, 'kalender');
    expect(nb).toContain('Abonner på denne adressen');
    expect(linkIn(nb, FEED_LINK)).not.toBe(olaFeed);
    const res = await fetch(linkIn(nb, FEED_LINK));
    expect(res.headers.get('content-type')).toContain('text/calendar');

    const stranger = await teamsAnswer(e, { id: '29:stranger', aadObjectId: 'aad-stranger' }, 'calendar');
    expect(stranger).not.toContain('/calendar/');
  });
});
