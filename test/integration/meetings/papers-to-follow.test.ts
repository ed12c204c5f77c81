import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentDeliveryKeys } from '../../../src/documents/ids.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { allDelivered, runScheduledJob, testClock } from '../dependencies/dependency-fixtures.js';
import { meetingEdges, startCommitteeApp } from './edge-helpers.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };

afterEach(async () => t?.close());

/** Every text the fake Slack API was sent, and the answer itself: a slow turn answers by a pushed view. */
const slackSaid = (res: { json?: unknown }) => [JSON.stringify(res.json ?? {}), ...t.slack.calls.map((c) => JSON.stringify(c.args))];

describe('distributing with papers to follow (Teams secretariat, Slack channel)', () => {
  beforeEach(async () => {
    // 1 March 2021: NUIT's meeting on 20 May 2021 is ahead; its distribution milestone too.
    t = await startTestApp({ app: { clock: () => new Date('2021-03-01T08:00:00Z') } });
    e = meetingEdges(t);
    people = await seedCommittee(t);
    await warmUpSlack(t, 'UKARI');
  }, 90_000);

  it('goes out at once with the missing paper marked, reminds the presenter; the paper edits the agenda and the members hear once', async () => {
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    const item = await addItem(t, meeting.id, { type: 'information', title: 'Porteføljerapport Q1', presenterId: people.ola.id });

    // The status card's button carries the confirmation its dialog asked for.
    const res = await e.clickCard(emma, MeetingActionIds.distributeNow, { meetingId: meeting.id, confirmed: true });
    expect(res.status).toBe(200);
    const answer = await waitFor(() => e.cardsTo('a:dm-29:emma').map((c) => JSON.stringify(c)).find((c) => c.includes('The agenda of NUIT 1/2021 has been distributed.')), 15_000, 'answer');
    expect(answer).toContain('The papers for item 3/21 are marked \\"to follow\\", and their presenters are reminded.');

    const posted = await waitFor(() => e.postsTo('C0NUIT')[0], 15_000, 'agenda');
    expect(JSON.stringify(posted.args.blocks)).toContain('*Sak 3/21 Porteføljerapport Q1*\\nOrientering\\nSaksansvarlig: Ola Teams\\n⏳ Saksunderlag ettersendes');
    const reminder = await waitFor(() => e.cardsTo('a:dm-29:ola').map((c) => JSON.stringify(c)).find((c) => c.includes('Your paper is to follow')), 15_000, 'presenter reminder');
    expect(reminder).toContain('The agenda of NUIT 1/2021 has gone out with the paper for item 3/21 \\"Porteføljerapport Q1\\" marked \\"to follow\\".');
    expect(reminder).toContain(MeetingActionIds.submitPaper);

    // Ola hands it in from Teams: the posted agenda is edited in place; Siri (Slack) and Ola (Teams) are told once.
    await e.submitCard(ola, MeetingFormIds.paper, { itemId: item.id }, { title: 'Toppnotat', links: 'https://docs.example.no/q1', proposedDecision: '' });
    const edit = await waitFor(() => e.updatesOf('C0NUIT')[0], 15_000, 'agenda edit');
    expect(edit.args.ts).toBe((await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: `agenda.${meeting.id}` } })).platformMessageId);
    expect(JSON.stringify(edit.args.blocks)).toContain('https://docs.example.no/q1');
    expect(JSON.stringify(edit.args.blocks)).not.toContain('ettersendes');
    const toSiri = await waitFor(() => e.postsTo('USIRI').find((c) => String(c.args.text).startsWith('Ettersendt saksunderlag')), 15_000, 'Siri told');
    expect(toSiri.args.text).toContain('Saksunderlaget til sak 3/21 «Porteføljerapport Q1» (NUIT 1/2021) er kommet');
    await waitFor(() => e.cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes('Paper that was to follow')), 15_000, 'Ola told');

    // A replacement paper edits the agenda again but tells nobody again.
    await e.submitCard(ola, MeetingFormIds.paper, { itemId: item.id }, { title: 'Toppnotat v2', links: 'https://docs.example.no/q1-v2', proposedDecision: '' });
    await waitFor(() => e.updatesOf('C0NUIT').find((c) => JSON.stringify(c.args.blocks).includes('q1-v2')), 15_000, 'second edit');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'paper-arrived' } })).toBe(2);
  }, 90_000);
});

describe('a meeting planned at short notice', () => {
  // Monday 8 February 2027, 09:00 in Oslo: Thursday 11 February is three working days ahead.
  const clock = testClock('2027-02-08T08:00:00Z');
  beforeEach(async () => {
    ({ t, e, people } = await startCommitteeApp(clock, '2027-02-08T08:00:00Z'));
  }, 90_000);

  const lateJob = (meetingId: string, milestone: string) => t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `milestone.${meetingId}.${milestone}` } });

  it('Slack (bokmål): nothing goes out at once; the note says when; an item added in the grace is in the agenda, before "Eventuelt", when it goes out after two hours', async () => {
    const res = await e.submit('UKARI', MeetingFormIds.meeting, { committeeId: people.committee.id }, {
      ...e.date('2027-02-11'), ...e.time('start', '10:00'), ...e.time('end', '13:30'), ...e.text('place', 'Oslo'), ...e.text('videoLink', ''),
    });
    expect(res.status).toBe(200);
    const told = await waitFor(() => slackSaid(res).find((s) => s.includes('Møte NUIT 1/2027 er opprettet')), 15_000, 'confirmation');
    expect(told).toContain('Møtet er kort varslet: Dagsorden fastsatt og Innkalling og sakspapirer sendes ut kjøres kl. 11.00, så du rekker å sette opp sakslisten først, og Innmelding av saker og Frist for saksunderlag er hoppet over fordi fristen har passert.');
    expect(told).toContain('Sakslisten sendes ut kl. 11.00');
    expect(told).toContain('Distribuer nå');

    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ include: { deadlines: true } });
    const state = Object.fromEntries(meeting.deadlines.map((d) => [d.milestone, d.state]));
    // Thursday 4 February (distribution, 5 working days before) has passed; Wednesday 10 February (member reminder) has not.
    expect(meeting.deadlines.find((d) => d.milestone === 'distribute_agenda')!.dueAt.toISOString().slice(0, 10)).toBe('2027-02-04');
    expect(state).toMatchObject({ call_for_items: 'cancelled', paper_deadline: 'cancelled', agenda_set: 'pending', distribute_agenda: 'pending', member_reminder: 'pending' });
    // Both late milestones wait two hours (11.00 in Oslo), in the cycle's order; nothing was distributed at planning.
    const grace = new Date('2027-02-08T10:00:00Z').getTime();
    expect((await lateJob(meeting.id, 'agenda_set')).runAt.getTime()).toBe(grace);
    expect((await lateJob(meeting.id, 'distribute_agenda')).runAt.getTime()).toBe(grace + 1);
    expect((await t.app.queue.getJob(`milestone.${meeting.id}.distribute_agenda`))!.opts.delay).toBe(2 * 3600 * 1000 + 1);
    expect(meeting.distributedAt).toBeNull();
    expect(e.postsTo('C0NUIT')).toHaveLength(0);
    // No reminder or escalation of a skipped milestone is queued.
    expect(await t.db.prisma.scheduledJob.count({ where: { jobId: { contains: `${meeting.id}.paper_deadline` } } })).toBe(0);

    // The secretariat builds the agenda within the grace; nothing is posted yet.
    await addItem(t, meeting.id, { title: 'Hasteorientering', presenterId: people.per.id });
    expect(e.postsTo('C0NUIT')).toHaveLength(0);

    // Two hours later the late milestones run: the agenda goes out with the item, its paper to follow, numbered before "Eventuelt".
    await runScheduledJob(t, clock, `milestone.${meeting.id}.agenda_set`);
    await runScheduledJob(t, clock, `milestone.${meeting.id}.distribute_agenda`);
    const agenda = JSON.stringify((await waitFor(() => e.postsTo('C0NUIT')[0], 15_000, 'agenda posted')).args.blocks);
    expect(agenda).toContain('Saksliste – NUIT 1/2027');
    expect(agenda).toContain('*Sak 3/27 Hasteorientering*');
    expect(agenda).toContain('⏳ Saksunderlag ettersendes');
    expect(agenda).toContain('*Sak 4/27 Eventuelt*');
    expect(agenda.indexOf('Hasteorientering')).toBeLessThan(agenda.indexOf('Eventuelt'));
    const done = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { deadlines: true } });
    expect(done.state).toBe('distributed');
    expect(done.deadlines.find((d) => d.milestone === 'distribute_agenda')?.state).toBe('done');
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
  }, 90_000);

  it('Teams (English): distributed by hand within the grace, with the paper to follow; the late job then sends nothing twice', async () => {
    const res = await e.submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, { date: '2027-02-11', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' });
    const told = JSON.stringify(res.json);
    expect(told).toContain('Meeting NUIT 1/2027 is created');
    expect(told).toContain('The meeting is at short notice: Agenda set and Agenda and papers distributed run at 11:00, so you have time to build the agenda first');
    expect(told).toContain('The agenda is sent at 11:00; press ');
    expect(told).toContain('Distribute now');
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();
    expect(meeting.distributedAt).toBeNull();

    const item = await addItem(t, meeting.id, { type: 'information', title: 'Porteføljerapport Q1', presenterId: people.ola.id });
    await e.clickCard(emma, MeetingActionIds.distributeNow, { meetingId: meeting.id, confirmed: true });
    await waitFor(() => e.cardsTo('a:dm-29:emma').map((c) => JSON.stringify(c)).find((c) => c.includes('The agenda of NUIT 1/2027 has been distributed.')), 15_000, 'answer');
    const posted = JSON.stringify((await waitFor(() => e.postsTo('C0NUIT')[0], 15_000, 'agenda')).args.blocks);
    expect(posted).toContain('*Sak 3/27 Porteføljerapport Q1*');
    expect(posted).toContain('⏳ Saksunderlag ettersendes');
    expect(posted).toContain('*Sak 4/27 Eventuelt*');
    await waitFor(() => e.cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes('Your paper is to follow')), 15_000, 'presenter reminder');
    // The distribution's own notice document comes in a job of its own: counted before, so it is not taken for a second send.
    // NUIT's people read bokmål and English: one notice document in each, both shared before counting.
    await waitFor(async () => (await t.db.prisma.generatedDocument.count({ where: { meetingId: meeting.id, kind: 'notice', postedAt: { not: null } } })) === 2 || null, 15_000, 'both notices shared');
    expect(await t.db.prisma.delivery.count({ where: { idempotencyKey: { startsWith: documentDeliveryKeys.notice(meeting.id, 'en', 1) } } })).toBeGreaterThan(0);
    await allDelivered(t);
    const deliveriesBefore = await t.db.prisma.delivery.count();

    // Two hours later the late jobs run: the meeting is distributed already, so nothing is posted or sent again.
    await runScheduledJob(t, clock, `milestone.${meeting.id}.agenda_set`);
    await runScheduledJob(t, clock, `milestone.${meeting.id}.distribute_agenda`);
    await allDelivered(t);
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
    expect(await t.db.prisma.delivery.count()).toBe(deliveriesBefore);
    expect(e.cardsTo('a:dm-29:ola').filter((c) => JSON.stringify(c).includes('Your paper is to follow'))).toHaveLength(1);
    const after = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { deadlines: true, agendaItems: true } });
    expect(after.state).toBe('distributed');
    // Distributed by hand at planning time (09.00 in Oslo), not by the late job at 11.00.
    expect(after.distributedAt!.toISOString()).toBe('2027-02-08T08:00:00.000Z');
    expect(after.deadlines.find((d) => d.milestone === 'distribute_agenda')?.state).toBe('done');
    expect(after.agendaItems.find((i) => i.id === item.id)!.caseNumber).toBe(3);
  }, 90_000);
});
