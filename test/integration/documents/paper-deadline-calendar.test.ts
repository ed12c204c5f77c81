import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { ensureCalendarToken } from '../../../src/documents/calendar/load-person-feed.js';
import { filesDir } from '../../../src/files/store-file.js';
import { cancelMeeting } from '../../../src/meetings/cancel-meeting.js';
import { changeAgendaItem } from '../../../src/meetings/change-agenda-item.js';
import { rescheduleMeeting } from '../../../src/meetings/reschedule-meeting.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp | undefined;
afterEach(async () => t?.close());

/**
 * The paper deadline's .ics a presenter's message links to, parsed with ical.js (Mozilla's parser, not the
 * ical-generator that wrote it): the calendar's METHOD and its one event.
 */
async function deadlineIcsOf(t: TestApp, where: { kind: string; personId: string }, itemId: string) {
  const delivery = await waitFor(() => t.db.prisma.delivery.findFirst({ where }), 15_000, `${where.kind} delivery`);
  const payload = JSON.stringify(delivery.payload);
  const docs = await t.db.prisma.generatedDocument.findMany({ where: { kind: `paper-deadline.${itemId}` } });
  // The message links the newest version of the entry in the reader's language.
  const linked = docs.filter((d) => payload.includes(`/files/${d.fileId}`));
  expect(linked).toHaveLength(1);
  const text = (await readFile(path.join(filesDir(t.app.services.config.DATA_DIR), linked[0]!.fileId))).toString('utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevents = cal.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  return { method: cal.getFirstPropertyValue('method'), event: new ICAL.Event(vevents[0]!), vevent: vevents[0]!, payload, text };
}

describe('the paper deadline as the presenter’s own calendar entry', { timeout: 60_000 }, () => {
  it('comes with the request; a move keeps the UID and raises SEQUENCE; removing the item cancels it', async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://saksgang.example' }, app: { clock: () => new Date('2027-04-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    const item = await addItem(t, meeting.id, { title: 'Porteføljerapport', presenterId: people.per.id });

    const request = await deadlineIcsOf(t, { kind: 'presenter-assigned', personId: people.per.id }, item.id);
    expect(request.method).toBe('PUBLISH');
    expect(request.event.uid).toBe(`paper-deadline-${item.id}@saksgang`);
    expect(request.event.sequence).toBe(0);
    expect(request.event.summary).toContain('Frist for saksunderlag');
    expect(request.event.summary).toContain('Porteføljerapport');
    expect(request.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Oslo');
    expect(request.event.startDate.toString()).toBe('2027-05-04T12:00:00');
    expect(request.payload).toContain('i kalenderen (.ics)');

    await rescheduleMeeting(t.app.services, meeting.id, { startsAt: instantAt('2027-05-27', '10:00'), endsAt: instantAt('2027-05-27', '13:30') });
    const moved = await deadlineIcsOf(t, { kind: 'meeting-moved', personId: people.per.id }, item.id);
    expect(moved.method).toBe('PUBLISH');
    expect(moved.event.uid).toBe(request.event.uid);
    expect(moved.event.sequence).toBe(1);
    // Ten Oslo working days before Thursday 27 May 2027 (Whit Monday and Constitution Day both fall on 17 May).
    expect(moved.event.startDate.toString()).toBe('2027-05-12T12:00:00');

    await changeAgendaItem(t.app.services, item.id, 'remove');
    const removed = await deadlineIcsOf(t, { kind: 'presenter-item-removed', personId: people.per.id }, item.id);
    expect(removed.method).toBe('CANCEL');
    expect(removed.event.uid).toBe(request.event.uid);
    expect(removed.event.sequence).toBe(2);
    expect(removed.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(removed.payload).toContain('Fjern fristen');
  });

  it('is cancelled with its meeting, in the presenter’s language; the personal feed holds the same entry', async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://saksgang.example' }, app: { clock: () => new Date('2027-04-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    await t.db.prisma.person.update({ where: { id: people.per.id }, data: { locale: 'en' } });
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    const item = await addItem(t, meeting.id, { title: 'Digital security', presenterId: people.per.id });
    const request = await deadlineIcsOf(t, { kind: 'presenter-assigned', personId: people.per.id }, item.id);
    expect(request.event.summary).toBe('Paper deadline: case 3/27 Digital security (NUIT 1/2027)');

    const feed = async () => {
      const cal = new ICAL.Component(ICAL.parse(await (await fetch(`${t!.url}/calendar/${token}.ics`)).text()));
      return cal.getAllSubcomponents('vevent').find((v) => new ICAL.Event(v).uid === request.event.uid)!;
    };
    const token = await ensureCalendarToken(t.db.prisma, people.per.id);
    expect((await feed()).getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(new ICAL.Event(await feed()).sequence).toBe(request.event.sequence);

    await cancelMeeting(t.app.services, meeting.id, null);
    const cancelled = await deadlineIcsOf(t, { kind: 'meeting-cancelled', personId: people.per.id }, item.id);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(request.event.uid);
    expect(cancelled.event.sequence).toBeGreaterThan(request.event.sequence);
    expect(cancelled.payload).toContain('Remove the deadline of case 3/27');
    expect((await feed()).getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(new ICAL.Event(await feed()).sequence).toBe(cancelled.event.sequence);
    // A member who presents nothing gets the meeting's cancellation only.
    const siri = await t.db.prisma.delivery.findFirstOrThrow({ where: { kind: 'meeting-cancelled', personId: people.siri.id } });
    expect(JSON.stringify(siri.payload)).not.toContain('paper-deadline');
    expect(JSON.stringify(siri.payload)).not.toContain('frist');
  });
});
