import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { meetingEdges } from './edge-helpers.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => new Date('2021-03-01T08:00:00Z') } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

/** Every text the fake Slack API was sent, and the answer itself. */
const slackSaid = (res: { json?: unknown }) => [JSON.stringify(res.json ?? {}), ...t.slack.calls.map((c) => JSON.stringify(c.args))].join('\n');

describe('an empty place is a video meeting, as the Sted hint says; its link may come later', () => {
  it('Slack (bokmål): the hint says so, the form takes an empty place and no link, and the agenda reads "Videomøte"', async () => {
    await e.slash('UKARI', 'møte ny NUIT');
    const form = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'meeting form');
    expect(JSON.stringify(form.args.view)).toContain('Et møtested, eller tomt for videomøte (lenken kan også komme senere).');
    const res = await e.submit('UKARI', MeetingFormIds.meeting, { committeeId: people.committee.id }, {
      ...e.date('2021-05-20'), ...e.time('start', '10:00'), ...e.time('end', '13:30'), ...e.text('place', ''), ...e.text('videoLink', ''),
    });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json ?? {})).not.toContain('errors');
    await waitFor(() => (slackSaid(res).includes('Møte NUIT 1/2021 er opprettet') ? true : null), 15_000, 'confirmation');
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();
    expect(meeting).toMatchObject({ place: '', videoLink: null });
    const before = t.slack.calls.length;
    const agenda = await e.slash('UKARI', 'saksliste NUIT');
    const said = await waitFor(() => [JSON.stringify(agenda.json ?? {}), ...t.slack.calls.slice(before).map((c) => JSON.stringify(c.args))].find((s) => s.includes('NUIT 1/2021')), 15_000, 'agenda');
    expect(said).toContain('Videomøte');
    expect(said).not.toContain('Video meeting');
  });

  it('Teams (English): the card takes an empty place and no link; the agenda reads "Video meeting"; a link given later with the move form is kept', async () => {
    await e.say(emma, 'meeting new NUIT');
    const card = await waitFor(() => e.cardsTo('a:dm-29:emma').map((c) => JSON.stringify(c)).find((c) => c.includes('empty for a video meeting')), 10_000, 'meeting card');
    expect(card).toContain('A venue, or empty for a video meeting (the link can also come later).');
    const res = await e.submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, { date: '2021-05-20', start: '10:00', end: '13:30', place: '', videoLink: '' });
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).not.toContain('Give a place');
    const meeting = await waitFor(() => t.db.prisma.meeting.findFirst(), 15_000, 'meeting');
    expect(meeting).toMatchObject({ place: '', videoLink: null });
    const before = t.connector.sent().length;
    await e.say(emma, 'agenda NUIT');
    const agenda = await waitFor(() => t.connector.sent().slice(before).map((s) => JSON.stringify(s.body)).find((s) => s.includes('NUIT 1/2021')), 15_000, 'agenda');
    expect(agenda).toContain('Video meeting');
    expect(agenda).not.toContain('Videomøte');
    // The link comes later, with the move form (same day and time).
    await e.submitCard(emma, MeetingFormIds.move, { meetingId: meeting.id }, { date: '2021-05-20', start: '10:00', end: '13:30', place: '', videoLink: 'https://video.example.no/nuit' });
    await waitFor(async () => ((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).videoLink === 'https://video.example.no/nuit' ? true : null), 15_000, 'link saved');
  });
});
