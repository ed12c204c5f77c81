import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { recordAttendanceReply } from '../../../src/meetings/record-attendance-reply.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { handInPaper } from '../../helpers/fixtures/hand-in-paper.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };

// Each test gets its own app and database, and builds the meeting it needs itself.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
});
afterEach(async () => t?.close());

/** NUIT 1/2021 on Thursday 20 May 2021, 10:00–13:30 at Thon Hotel Opera, as the meeting card creates it below. */
const planNuit = () => planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Thon Hotel Opera' });
/** Item 3/21 with Ola as presenter, as the item card adds it below. */
const addPortfolioItem = (meetingId: string) =>
  addItem(t, meetingId, { type: 'information', title: 'Porteføljerapport Q1', presenterId: people.ola.id, proposedDecision: 'NUIT takes the matter under advisement.', plannedStart: instantAt('2021-05-20', '11:00') });

/** Submits a card form the way Teams does: the verb is the form id, the data carries our routing and the inputs. */
const submitCard = (user: typeof emma, formId: string, context: object, inputs: Record<string, string>) =>
  postActivity(t.url, cardActionActivity(t.connector.url, user, formId, { _formId: formId, _context: context, _multi: [], ...inputs }, 'en-GB'));
const clickCard = (user: typeof emma, actionId: string, payload: object) =>
  postActivity(t.url, cardActionActivity(t.connector.url, user, actionId, { _payload: payload }, 'en-GB'));
const inputsOf = (card: any) => Object.fromEntries((card.body as any[]).filter((b) => String(b.type).startsWith('Input.')).map((b) => [b.id, b.value]));
const cardsTo = (conversationId: string) => t.connector.sent().filter((c) => c.conversationId === conversationId).map((c) => c.body.attachments?.[0]?.content);

describe('the meeting cycle through the Teams HTTP edge', () => {
  it('answers "meeting new NUIT" with the meeting form card, in English', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, emma, 'meeting new nuit', 'en-GB'));
    const card = t.connector.repliesIn(dmOf(emma), before)[0]!.body.attachments[0].content;
    expect(card.body[0].text).toBe('New meeting – NUIT');
    const submit = card.actions[0];
    expect(submit.verb).toBe(MeetingFormIds.meeting);
    expect(submit.data._context).toEqual({ committeeId: people.committee.id });
  });

  it('returns the same card with the errors and everything typed when the values are bad', async () => {
    const typed = { date: '2021-02-30', start: '10:00', end: '09:00', place: 'Thon Hotel Opera', videoLink: '' };
    const res = await submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, typed);
    expect(res.status).toBe(200);
    const card = res.json.value;
    expect(card.type).toBe('AdaptiveCard');
    const errors = (card.body as any[]).filter((b) => b.color === 'Attention').map((b) => b.text);
    expect(errors).toEqual(['Write the date as 31.12.2026, 31.12 or 2026-12-31.', 'The meeting must end after it starts.']);
    expect(inputsOf(card)).toMatchObject({ date: '2021-02-30', start: '10:00', end: '09:00', place: 'Thon Hotel Opera' });
    expect(await t.db.prisma.meeting.count()).toBe(0);
  });

  it('reads a date and times typed the Norwegian way (a client that shows text boxes)', async () => {
    const res = await submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, { date: '20.05.2021', start: 'kl. 10', end: '13.30', place: 'Thon Hotel Opera', videoLink: '' });
    expect(JSON.stringify(res.json.value)).toContain('Meeting NUIT 1/2021 is created (Thursday 20 May 2021, 10:00–13:30)');
  });

  it('creates the meeting from valid values and replaces the card with the confirmation', async () => {
    const res = await submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, {
      date: '2021-05-20',
      start: '10:00',
      end: '13:30',
      place: 'Thon Hotel Opera',
      videoLink: '',
    });
    expect(JSON.stringify(res.json.value)).toContain('Meeting NUIT 1/2021 is created (Thursday 20 May 2021, 10:00–13:30)');
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();
    const meetingId = meeting.id;
    expect(await t.db.prisma.deadline.count({ where: { meetingId } })).toBe(7);
    const invite = await waitFor(() => cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes('Invitation: NUIT 1/2021')));
    expect(JSON.stringify(invite)).toContain('Thon Hotel Opera');
  });

  it('adds an item from the status card: an unknown presenter is refused, a valid one gets a DM', async () => {
    const { id: meetingId } = await planNuit();
    const form = (await clickCard(emma, MeetingActionIds.addItem, { meetingId })).json;
    expect(form.statusCode).toBe(200);
    const card = await waitFor(() => cardsTo('a:dm-29:emma').find((c) => c?.actions?.[0]?.verb === MeetingFormIds.item));
    // The presenter is searched in the whole roster (Data.Query answered from application/search).
    expect(JSON.stringify(card)).toContain('{"type":"Data.Query","dataset":"saksgang.search.people"}');
    const typed = { type: 'information', title: 'Porteføljerapport Q1', presenter: 'nobody', proposedDecision: 'NUIT takes the matter under advisement.', plannedStart: '11:00' };
    const bad = await submitCard(emma, MeetingFormIds.item, { meetingId }, typed);
    expect(JSON.stringify(bad.json.value)).toContain('Choose a person from the list.');
    expect(inputsOf(bad.json.value)).toMatchObject({ title: 'Porteføljerapport Q1', proposedDecision: 'NUIT takes the matter under advisement.', plannedStart: '11:00' });
    const done = await submitCard(emma, MeetingFormIds.item, { meetingId }, { ...typed, presenter: people.ola.id });
    expect(done.json.value.body[0].text).toBe('Item 3/21 "Porteføljerapport Q1" is added.');
    const dm = await waitFor(() => cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes('You are the presenter')));
    expect(JSON.stringify(dm)).toContain('Paper deadline: **Tuesday 4 May 2021, 12:00**');
  });

  it('lets the presenter submit the paper from the DM button, keeping the input when a link is bad', async () => {
    const { id: itemId } = await addPortfolioItem((await planNuit()).id);
    await clickCard(ola, MeetingActionIds.submitPaper, { itemId });
    const card = await waitFor(() => cardsTo('a:dm-29:ola').find((c) => c?.actions?.[0]?.verb === MeetingFormIds.paper));
    expect(inputsOf(card).proposedDecision).toBe('NUIT takes the matter under advisement.');
    const typed = { title: 'Cover note', links: 'www.example.no/paper', proposedDecision: 'NUIT takes the matter under advisement.' };
    const bad = await submitCard(ola, MeetingFormIds.paper, { itemId }, typed);
    expect(JSON.stringify(bad.json.value)).toContain('\\"www.example.no/paper\\" is not a link');
    expect(inputsOf(bad.json.value)).toMatchObject(typed);
    const done = await submitCard(ola, MeetingFormIds.paper, { itemId }, { ...typed, links: 'https://www.example.no/paper' });
    expect(done.json.value.body[0].text).toBe('Thank you! The paper for item 3/21 "Porteføljerapport Q1" is submitted.');
    expect((await t.db.prisma.paper.findFirstOrThrow()).links).toEqual(['https://www.example.no/paper']);
  });

  it('takes a deputy answer from a member, with the deputy’s name', async () => {
    const { id: meetingId } = await planNuit();
    await clickCard(ola, MeetingActionIds.deputy, { meetingId });
    const missing = await submitCard(ola, MeetingFormIds.deputy, { meetingId }, { deputyName: '' });
    expect(JSON.stringify(missing.json.value)).toContain('Please fill in this field.');
    await submitCard(ola, MeetingFormIds.deputy, { meetingId }, { deputyName: 'Nils Vara' });
    const reply = await t.db.prisma.attendanceReply.findFirstOrThrow();
    expect([reply.answer, reply.deputyName]).toEqual(['deputy', 'Nils Vara']);
  });

  it('shows the status in English and cancels the meeting from the cancel form, telling presenter and members', async () => {
    const { id: meetingId } = await planNuit();
    const { id: itemId } = await addPortfolioItem(meetingId);
    await handInPaper(t, { itemId, personId: people.ola.id, title: 'Cover note', links: ['https://www.example.no/paper'] });
    await recordAttendanceReply(t.db.prisma, { meetingId, personId: people.ola.id, answer: 'deputy', deputyName: 'Nils Vara' });
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, emma, 'meeting status NUIT 1/2021', 'en-GB'));
    const status = JSON.stringify(t.connector.repliesIn(dmOf(emma), before)[0]!.body.attachments[0].content);
    expect(status).toContain('Status of NUIT 1/2021');
    expect(status).toContain('paper: **submitted**');
    expect(status).toContain('0 attending, 0 not attending, 1 sending a deputy, 1 no answer');
    await clickCard(emma, MeetingActionIds.cancelMeeting, { meetingId });
    const done = await submitCard(emma, MeetingFormIds.cancel, { meetingId }, { reason: 'Moved to the autumn.' });
    expect(done.json.value.body[0].text).toBe('Meeting NUIT 1/2021 is cancelled. 2 people are told.');
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).state).toBe('cancelled');
    expect(await t.db.prisma.scheduledJob.count({ where: { subjectId: meetingId, state: 'pending' } })).toBe(0);
    const notice = await waitFor(() => cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes('is cancelled')));
    expect(JSON.stringify(notice)).toContain('Moved to the autumn.');
  });
});
