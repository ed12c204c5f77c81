import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { postAgenda } from '../../helpers/fixtures/post-agenda.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { meetingEdges } from './edge-helpers.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
// 1 December 2026: every meeting of 2027 below lies ahead.
const now = new Date('2026-12-01T08:00:00Z');
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

const meetingsByDate = () => t.db.prisma.meeting.findMany({ orderBy: { startsAt: 'asc' }, include: { agendaItems: { where: { removedAt: null } } } });
/** The live items of a meeting as "kind number", in agenda order as the agenda prints them. */
async function printed(meetingId: string) {
  const items = await t.db.prisma.agendaItem.findMany({ where: { meetingId, removedAt: null }, orderBy: { caseNumber: 'asc' } });
  return items.map((i) => `${i.kind === 'regular' ? i.title : i.kind} ${i.caseNumber}/${i.caseYear % 100}`);
}
const meetingValues = (day: string) => ({ ...e.date(day), ...e.time('start', '10:00'), ...e.time('end', '13:30'), ...e.text('place', 'Oslo'), ...e.text('videoLink', '') });

describe('meeting numbers follow the dates within a committee and year', () => {
  it('Slack: a meeting planned before two others takes 1/2027; they become 2 and 3, and the secretariat is told', async () => {
    const feb = await planMeeting(t, people.committee.id, { day: '2027-02-25', place: 'Oslo' });
    await addItem(t, feb.id, { title: 'Nasjonal e-helseportefølje', presenterId: people.per.id });
    await planMeeting(t, people.committee.id, { day: '2027-05-13', place: 'Oslo' });

    // Thursday 11 February 2027 is an Oslo working day, before both.
    const res = await e.submit('UKARI', MeetingFormIds.meeting, { committeeId: people.committee.id }, meetingValues('2027-02-11'));
    expect(res.status).toBe(200);
    // The confirmation comes in the answer, or (on a slow machine) in a view pushed over the form.
    const told = await waitFor(() => [JSON.stringify(res.json ?? {}), ...t.slack.calls.map((c) => JSON.stringify(c.args))].find((s) => s.includes('Møte NUIT 1/2027 er opprettet')), 15_000, 'confirmation');
    expect(told).toContain('Møtene som kommer etter, har fått nye numre etter datoene: NUIT 1/2027 er nå 2/2027, NUIT 2/2027 er nå 3/2027.');

    const [first, second, third] = await meetingsByDate();
    expect([first!.number, second!.number, third!.number]).toEqual([1, 2, 3]);
    expect(second!.id).toBe(feb.id);
    // The 25 February meeting now approves the minutes of the new one.
    expect(second!.previousMeetingId).toBe(first!.id);
    // Case numbers follow the meetings' dates and each agenda's order; "eventuelt" last in each.
    expect(await printed(first!.id)).toEqual(['notice_and_agenda 1/27', 'previous_minutes 2/27', 'any_other_business 3/27']);
    expect(await printed(feb.id)).toEqual(['notice_and_agenda 4/27', 'previous_minutes 5/27', 'Nasjonal e-helseportefølje 6/27', 'any_other_business 7/27']);
    expect(await printed(third!.id)).toEqual(['notice_and_agenda 8/27', 'previous_minutes 9/27', 'any_other_business 10/27']);
  }, 90_000);

  it('Teams: planning before a meeting whose notice has gone out is refused with a sentence, and nothing changes', async () => {
    const feb = await planMeeting(t, people.committee.id, { day: '2027-02-25', place: 'Oslo' });
    await postAgenda(t, feb.id);
    const res = await e.submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, { date: '2027-02-11', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' });
    expect(JSON.stringify(res.json)).toContain('The meeting cannot come before NUIT 1/2027: meeting numbers follow the dates, and the notice of 1/2027 has already gone out with its number.');
    const meetings = await meetingsByDate();
    expect(meetings.map((m) => m.number)).toEqual([1]);
    // A date after it is fine and takes the next number.
    const later = await e.submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, { date: '2027-03-11', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' });
    expect(JSON.stringify(later.json)).toContain('Meeting NUIT 2/2027 is created');
  }, 90_000);
});

describe('case numbers follow the agenda order until the agenda goes out, and never change after', () => {
  it('Slack: an item added after creation comes before "eventuelt" in number too; moving it renumbers until distribution', async () => {
    const m = await planMeeting(t, people.committee.id, { day: '2027-02-25', place: 'Oslo' });
    const a = await addItem(t, m.id, { title: 'Porteføljerapport' });
    const b = await addItem(t, m.id, { title: 'Veikart' });
    expect(await printed(m.id)).toEqual(['notice_and_agenda 1/27', 'previous_minutes 2/27', 'Porteføljerapport 3/27', 'Veikart 4/27', 'any_other_business 5/27']);
    await e.click('UKARI', MeetingActionIds.moveItemUp, { itemId: b.id });
    await waitFor(async () => ((await t.db.prisma.agendaItem.findUniqueOrThrow({ where: { id: b.id } })).caseNumber === 3 ? true : null), 10_000, 'renumbered');
    expect(await printed(m.id)).toEqual(['notice_and_agenda 1/27', 'previous_minutes 2/27', 'Veikart 3/27', 'Porteføljerapport 4/27', 'any_other_business 5/27']);

    await postAgenda(t, m.id);
    const agenda = JSON.stringify(e.postsTo('C0NUIT')[0]!.args.blocks);
    expect(agenda.indexOf('Sak 3/27 Veikart')).toBeLessThan(agenda.indexOf('Sak 4/27 Porteføljerapport'));
    expect(agenda.indexOf('Sak 4/27 Porteføljerapport')).toBeLessThan(agenda.indexOf('Sak 5/27 Eventuelt'));

    // After distribution: a removal, a move and a new meeting change none of the printed numbers, and none is reused.
    await e.click('UKARI', MeetingActionIds.removeItem, { itemId: a.id });
    await e.click('UKARI', MeetingActionIds.moveItemDown, { itemId: b.id });
    await planMeeting(t, people.committee.id, { day: '2027-05-13', place: 'Oslo' });
    const c = await addItem(t, m.id, { title: 'Tillegg' });
    expect((await t.db.prisma.agendaItem.findUniqueOrThrow({ where: { id: a.id } })).caseNumber).toBe(4);
    expect(await printed(m.id)).toEqual(['notice_and_agenda 1/27', 'previous_minutes 2/27', 'Veikart 3/27', 'any_other_business 5/27', `Tillegg ${c.caseNumber}/27`]);
    expect(c.caseNumber).toBe(9);
  }, 90_000);
});
