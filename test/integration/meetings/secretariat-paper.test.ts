import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
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
}, 90_000);
afterEach(async () => t?.close());

describe('the secretariat submits a paper on a presenter’s behalf', () => {
  it('Slack: the status shows "Lever for saksansvarlig" on Per’s item; Kari submits, the paper is recorded as hers', async () => {
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    const item = await addItem(t, meeting.id, { title: 'Porteføljerapport Q1', presenterId: people.per.id });
    const status = await e.slash('UKARI', 'møte status NUIT 1/2021');
    const blocks = JSON.stringify(status.json.blocks);
    expect(blocks).toContain('Lever for saksansvarlig');
    expect(blocks).toContain(MeetingActionIds.submitPaper);
    await e.click('UKARI', MeetingActionIds.submitPaper, { itemId: item.id });
    await waitFor(() => t.slack.callsTo('views.open').find((c) => c.args.view.callback_id === MeetingFormIds.paper), 15_000, 'paper form');
    await e.submit('UKARI', MeetingFormIds.paper, { itemId: item.id }, { ...e.text('title', 'Toppnotat'), ...e.text('links', 'https://docs.example.no/q1') });
    const paper = await waitFor(() => t.db.prisma.paper.findFirst({ where: { itemId: item.id } }), 15_000, 'paper');
    expect([paper.submittedById, paper.links]).toEqual([people.kari.id, ['https://docs.example.no/q1']]);
    const after = JSON.stringify((await e.slash('UKARI', 'møte status NUIT 1/2021')).json.blocks);
    expect(after).toContain('Nytt saksunderlag');
  }, 90_000);

  it('Teams: Emma submits the paper for Ola’s item from the card; a member is refused', async () => {
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    const item = await addItem(t, meeting.id, { title: 'Veikart', presenterId: people.ola.id });
    const done = await e.submitCard(emma, MeetingFormIds.paper, { itemId: item.id }, { title: 'Toppnotat', links: 'https://docs.example.no/veikart', proposedDecision: '' });
    expect(JSON.stringify(done.json)).toContain('The paper for item 3/21');
    const paper = await t.db.prisma.paper.findFirstOrThrow({ where: { itemId: item.id } });
    expect(paper.submittedById).toBe(people.emma.id);
    // Siri is neither the presenter nor the secretariat.
    await e.click('USIRI', MeetingActionIds.submitPaper, { itemId: item.id });
    expect(await t.db.prisma.paper.count({ where: { itemId: item.id } })).toBe(1);
  }, 90_000);
});
