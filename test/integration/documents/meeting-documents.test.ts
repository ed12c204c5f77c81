import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { ensureCalendarToken } from '../../../src/documents/calendar/load-person-feed.js';
import { documentDeliveryKeys } from '../../../src/documents/ids.js';
import { queueMinutes } from '../../../src/documents/jobs/minutes-job.js';
import { filesDir } from '../../../src/files/store-file.js';
import { saveAgendaItem } from '../../../src/meetings/save-agenda-item.js';
import { cancelMeeting } from '../../../src/meetings/cancel-meeting.js';
import { rescheduleMeeting } from '../../../src/meetings/reschedule-meeting.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { postAgenda } from '../../helpers/fixtures/post-agenda.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp | undefined;
afterEach(async () => t?.close());

/** The text of a .docx's body (word/document.xml), and how many tables it holds. */
async function readDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<w:tab\/>/g, '\t').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  return { xml, text, tables: (xml.match(/<w:tbl>/g) ?? []).length };
}

const storedFile = (t: TestApp, fileId: string) => readFile(path.join(filesDir(t.app.services.config.DATA_DIR), fileId));

async function documentsOf(t: TestApp, meetingId: string, kind: string, locale = 'nb') {
  return t.db.prisma.generatedDocument.findMany({ where: { meetingId, kind, locale: locale as 'nb' | 'en' }, orderBy: { version: 'asc' } });
}

// The first test of the file pays for the app's first start and the Word library's first load: over 30 s beside another file.
describe('the notice and agenda as a Word document', { timeout: 60_000 }, () => {
  it('is uploaded to the Slack channel when the agenda is distributed, with head table, agenda table and item sections; a change uploads version 2', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2027-05-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const db = t.db.prisma;
    const org = await db.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
    await db.person.update({ where: { id: people.siri.id }, data: { organisationId: org.id } });
    await db.person.update({ where: { id: people.per.id }, data: { organisationId: org.id } });
    const observer = await db.person.create({ data: { key: 'obs', name: 'Olga Observatør', email: 'o@example.no' } });
    await db.membership.create({ data: { committeeId: people.committee.id, personId: observer.id, role: 'observer' } });
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Videomøte', videoLink: 'https://video.example/nuit' });
    const item = await addItem(t, meeting.id, {
      title: 'Legemiddelprogrammet – langsiktig finansiering',
      presenterId: people.per.id,
      proposedDecision: 'NUIT støtter at Legemiddelprogrammet får høy prioritet.',
      plannedStart: instantAt('2027-05-20', '10:45'),
    });
    await postAgenda(t, meeting.id);

    // NUIT's people read bokmål and English: a notice in each language (see notice-languages.test.ts).
    const uploadsNamed = (prefix: string) => [...t!.slack.uploads.values()].filter((u) => u.channelId === 'C0NUIT' && u.filename.startsWith(prefix));
    const first = await waitFor(() => uploadsNamed('Innkalling')[0], 10_000, 'notice upload');
    expect(first.filename).toBe('Innkalling – NUIT 1/2027.docx');
    await waitFor(() => uploadsNamed('Notice')[0], 10_000, 'English notice upload');
    expect(t.slack.callsTo('files.getUploadURLExternal')).toHaveLength(2);
    expect(t.slack.callsTo('files.completeUploadExternal')[0]!.args).toMatchObject({ channel_id: 'C0NUIT' });
    const doc = await readDocx(first.bytes!);
    expect(doc.tables).toBeGreaterThanOrEqual(3);
    for (const expected of ['Møte i NUIT', 'Dato', '20. mai 2027', 'Kl. 10.00–13.30', 'Videomøte', 'https://video.example/nuit', 'Siri Medlem (Direktoratet for e-helse)', 'Olga Observatør',
      'Agenda NUIT', 'Tidspunkt', 'Sakstype', 'Saksansvarlig', '10:45', 'Drøfting', 'Per Presenter (Direktoratet for e-helse)', 'Godkjenning av innkalling og saksliste', 'Eventuelt',
      'Forslag til vedtak:', 'NUIT støtter at Legemiddelprogrammet får høy prioritet.']) {
      expect(doc.text).toContain(expected);
    }

    // A change after distribution makes version 2, uploaded once more.
    await saveAgendaItem(t.app.services, { meetingId: meeting.id, itemId: item.id }, { type: 'decision', title: 'Legemiddelprogrammet – finansiering 2028', presenterId: people.per.id, proposedDecision: 'NUIT slutter seg til planen.', plannedStart: null });
    await waitFor(async () => (await documentsOf(t!, meeting.id, 'notice')).find((d) => d.version === 2 && d.postedAt), 15_000, 'notice v2');
    const second = await waitFor(() => uploadsNamed('Innkalling')[1], 10_000, 'second upload');
    const doc2 = await readDocx(second.bytes!);
    expect(doc2.text).toContain('Legemiddelprogrammet – finansiering 2028');
    expect(doc2.text).toContain('Versjon 2');
    expect(doc2.text).not.toContain('langsiktig finansiering');
  });

  it('is offered as a card with the download link where the committee is on Teams', async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://saksgang.example' }, app: { clock: () => new Date('2027-05-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    await t.db.prisma.committee.update({ where: { id: people.committee.id }, data: { slackChannelId: null, teamsConversationId: '19:nuit@thread.tacv2' } });
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    await postAgenda(t, meeting.id);
    const card = await waitFor(() => t!.db.prisma.delivery.findFirst({ where: { kind: 'notice-document', state: 'sent', idempotencyKey: documentDeliveryKeys.notice(meeting.id, 'nb', 1) } }), 15_000, 'notice card');
    const payload = JSON.stringify(card.payload);
    expect(payload).toMatch(/https:\/\/saksgang\.example\/files\/[0-9a-f-]{36}\.docx\?name=Innkalling/);
    expect(t.slack.callsTo('files.getUploadURLExternal')).toHaveLength(0);
    const sent = JSON.stringify(t.connector.sent().filter((c) => c.conversationId === '19:nuit@thread.tacv2'));
    expect(sent).toContain('https://saksgang.example/files/');
  });
});

describe('the draft minutes as a Word document', () => {
  it('go to members in their language with attendance, decisions (marked where they differ) and follow-ups; a correction sends version 2', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2027-06-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const db = t.db.prisma;
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    const item = await addItem(t, meeting.id, { title: 'Strategi for digital sikkerhet', presenterId: people.per.id, proposedDecision: 'NUIT tar saken til orientering.' });
    await db.attendance.createMany({
      data: [
        { meetingId: meeting.id, personId: people.siri.id, status: 'present' },
        { meetingId: meeting.id, personId: people.ola.id, status: 'absent' },
        { meetingId: meeting.id, name: 'Gunnar Gjest', status: 'other' },
      ],
    });
    await recordDecision(t, {
      itemId: item.id,
      recordedById: people.kari.id,
      text: 'NUIT ber direktoratet ta innspillene med i det videre arbeidet.',
      notes: 'Medlemmene ba om en tydeligere tiltaksplan.',
      followUps: [{ ownerId: people.per.id, description: 'Revidert tiltaksplan', dueDate: '2027-09-01' as never }],
    });
    await queueMinutes(t.app.services, meeting.id, 'milestone');
    await waitFor(async () => (await db.delivery.count({ where: { kind: 'minutes-document' } })) === 4, 15_000, 'minutes to 4 people');

    const [nb] = await documentsOf(t, meeting.id, 'minutes', 'nb');
    const doc = await readDocx(await storedFile(t, nb!.fileId));
    for (const expected of ['Referat – NUIT 1/2027', 'Til stede', 'Siri Medlem', 'Forfall', 'Ola Teams', 'Andre deltakere', 'Gunnar Gjest', 'Referat:', 'Medlemmene ba om en tydeligere tiltaksplan.',
      'Vedtak:', 'NUIT ber direktoratet ta innspillene med i det videre arbeidet.', 'Vedtaket avviker fra forslaget («NUIT tar saken til orientering.»)', 'Oppfølging', 'Revidert tiltaksplan', 'Per Presenter', '1. september 2027']) {
      expect(doc.text).toContain(expected);
    }
    const [en] = await documentsOf(t, meeting.id, 'minutes', 'en');
    const docEn = await readDocx(await storedFile(t, en!.fileId));
    expect(docEn.text).toContain('Minutes – NUIT 1/2027');
    expect(docEn.text).toContain('The decision differs from the proposal');
    const olas = await db.delivery.findFirstOrThrow({ where: { kind: 'minutes-document', personId: people.ola.id } });
    expect(JSON.stringify(olas.payload)).toContain('Draft minutes of NUIT 1/2027');

    // A correction after sending makes version 2 and sends it.
    await recordDecision(t, { itemId: item.id, recordedById: people.kari.id, text: 'NUIT tar saken til orientering.', notes: null });
    await waitFor(async () => (await db.delivery.count({ where: { kind: 'minutes-document', idempotencyKey: { contains: '.v2.' } } })) === 4, 15_000, 'minutes v2');
    const v2 = (await documentsOf(t, meeting.id, 'minutes', 'nb'))[1]!;
    const doc2 = await readDocx(await storedFile(t, v2.fileId));
    expect(doc2.text).not.toContain('avviker');
    expect(doc2.text).toContain('Versjon 2');
  });
});

describe('calendars', () => {
  it('the invitation carries an .ics; a move keeps the UID and raises SEQUENCE; a cancellation is METHOD:CANCEL', async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://saksgang.example' }, app: { clock: () => new Date('2027-04-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo', videoLink: 'https://video.example/nuit' });
    const invite = await waitFor(() => t!.db.prisma.delivery.findFirst({ where: { kind: 'meeting-invite', personId: people.siri.id } }), 15_000, 'invitation');
    expect(JSON.stringify(invite.payload)).toMatch(/https:\/\/saksgang\.example\/files\/[0-9a-f-]{36}\.ics/);

    const parse = async (version: number) => {
      const row = (await documentsOf(t!, meeting.id, 'calendar')).find((d) => d.version === version)!;
      const cal = new ICAL.Component(ICAL.parse((await storedFile(t!, row.fileId)).toString('utf8')));
      const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
      return { cal, event, vevent: cal.getFirstSubcomponent('vevent')! };
    };
    const first = await parse(1);
    expect(first.event.uid).toBe(`meeting-${meeting.id}@saksgang`);
    expect(first.event.sequence).toBe(0);
    expect(first.event.location).toBe('Oslo');
    expect(first.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Oslo');
    expect(first.event.startDate.toString()).toBe('2027-05-20T10:00:00');
    expect(first.event.startDate.toJSDate().toISOString()).toBe('2027-05-20T08:00:00.000Z');
    expect(first.vevent.getFirstPropertyValue('url')).toBe('https://video.example/nuit');

    await rescheduleMeeting(t.app.services, meeting.id, { startsAt: instantAt('2027-05-27', '12:00'), endsAt: instantAt('2027-05-27', '15:00') });
    const notice = await waitFor(() => t!.db.prisma.delivery.findFirst({ where: { kind: 'meeting-moved', personId: people.siri.id } }), 15_000, 'move notice');
    const moved = await parse(2);
    expect(moved.event.uid).toBe(first.event.uid);
    expect(moved.event.sequence).toBe(1);
    expect(moved.event.startDate.toString()).toBe('2027-05-27T12:00:00');
    expect(JSON.stringify(notice.payload)).toContain(`/files/${(await documentsOf(t, meeting.id, 'calendar'))[1]!.fileId}`);

    await cancelMeeting(t.app.services, meeting.id, null);
    await waitFor(() => t!.db.prisma.delivery.findFirst({ where: { kind: 'meeting-cancelled', personId: people.siri.id } }), 15_000, 'cancel notice');
    const cancelled = await parse(3);
    expect(cancelled.cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(cancelled.event.sequence).toBe(2);
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('a person’s feed at an unguessable address holds their meetings and, for a presenter, the paper deadline', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2027-04-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    await addItem(t, meeting.id, { title: 'Porteføljerapport', presenterId: people.per.id });
    const token = await ensureCalendarToken(t.db.prisma, people.per.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await ensureCalendarToken(t.db.prisma, people.per.id)).toBe(token);
    const res = await fetch(`${t.url}/calendar/${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const deadline = events.find((e) => e.uid.startsWith('paper-deadline-'))!;
    expect(deadline.summary).toContain('Frist for saksunderlag');
    expect(deadline.summary).toContain('Porteføljerapport');
    expect(deadline.startDate.toString()).toBe('2027-05-04T12:00:00');
    // Siri sits in NUIT: her feed has the meeting.
    const siriToken = await ensureCalendarToken(t.db.prisma, people.siri.id);
    const siriCal = new ICAL.Component(ICAL.parse(await (await fetch(`${t.url}/calendar/${siriToken}.ics`)).text()));
    expect(siriCal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid)).toEqual([`meeting-${meeting.id}@saksgang`]);
    expect((await fetch(`${t.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });
});
