import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { handInPaper } from '../../helpers/fixtures/hand-in-paper.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
// 1 March 2021: NUIT 2/2021 on 20 May 2021 is ahead, so every milestone of its cycle is in the future.
const now = new Date('2021-03-01T08:00:00Z');
const FORM = 'application/x-www-form-urlencoded';

// Each test gets its own app and database, and builds the meeting it needs itself.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

/** NUIT 1/2021 on Thursday 20 May 2021, 10:00–13:30, as the meeting form creates it below. */
const planNuit = () => planMeeting(t, people.committee.id, { day: '2021-05-20', videoLink: 'https://teams.example.no/nuit' });
/** Item 3/21 with Per as presenter (before "eventuelt" 4/21), as the item form adds it below. */
const addPortfolioItem = (meetingId: string) =>
  addItem(t, meetingId, { type: 'discussion', title: 'Nasjonal e-helseportefølje', presenterId: people.per.id, proposedDecision: 'NUIT tar saken til orientering.', plannedStart: instantAt('2021-05-20', '10:30') });

const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const click = (user: string, actionId: string, payload: object) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, JSON.stringify(payload))), FORM);
const submit = (user: string, callbackId: string, metadata: object, values: Record<string, Record<string, unknown>>) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: callbackId, private_metadata: JSON.stringify(metadata), values })), FORM);
const text = (id: string, value: string) => ({ [id]: { [id]: { type: 'plain_text_input', value } } });
const lastView = () => t.slack.callsTo('views.open').at(-1)!.args.view as Record<string, any>;
const postsTo = (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('the meeting cycle through the Slack HTTP edge', () => {
  it('opens the meeting form for `/saksgang møte ny NUIT`', async () => {
    const res = await slash('UKARI', 'møte ny NUIT');
    expect(res.status).toBe(200);
    const view = lastView();
    expect(view.callback_id).toBe(MeetingFormIds.meeting);
    expect(JSON.stringify(view)).toContain('Nytt møte – NUIT');
    expect(JSON.parse(view.private_metadata)).toEqual({ committeeId: people.committee.id });
  });

  it('refuses the form to someone outside the secretariat', async () => {
    const before = t.slack.callsTo('views.open').length;
    const res = await slash('USIRI', 'møte ny NUIT');
    expect(res.json.text).toContain('Bare sekretariatet');
    expect(t.slack.callsTo('views.open')).toHaveLength(before);
  });

  it('shows an error on each bad field and creates nothing', async () => {
    const res = await submit('UKARI', MeetingFormIds.meeting, { committeeId: people.committee.id }, {
      date: { date: { type: 'datepicker', selected_date: '2021-05-20' } },
      start: { start: { type: 'timepicker', selected_time: '13:30' } },
      end: { end: { type: 'timepicker', selected_time: '10:00' } },
      ...text('place', ''),
      ...text('videoLink', 'teams meeting'),
    });
    expect(res.json.response_action).toBe('errors');
    expect(res.json.errors).toEqual({
      end: 'Møtet må slutte etter at det starter.',
      videoLink: 'Skriv en hel lenke som begynner med https://',
    });
    expect(await t.db.prisma.meeting.count()).toBe(0);
  });

  it('creates NUIT 1/2021 with the standing items, the cycle’s deadlines as jobs, and invites the members', async () => {
    const res = await submit('UKARI', MeetingFormIds.meeting, { committeeId: people.committee.id }, {
      date: { date: { type: 'datepicker', selected_date: '2021-05-20' } },
      start: { start: { type: 'timepicker', selected_time: '10:00' } },
      end: { end: { type: 'timepicker', selected_time: '13:30' } },
      ...text('place', ''),
      ...text('videoLink', 'https://teams.example.no/nuit'),
    });
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBeUndefined();
    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ include: { agendaItems: { orderBy: { caseNumber: 'asc' } } } });
    const meetingId = meeting.id;
    expect([meeting.number, meeting.year]).toEqual([1, 2021]);
    expect(meeting.startsAt.toISOString()).toBe('2021-05-20T08:00:00.000Z');
    expect(meeting.agendaItems.map((i) => [i.kind, i.caseNumber])).toEqual([
      ['notice_and_agenda', 1],
      ['previous_minutes', 2],
      ['any_other_business', 3],
    ]);
    const confirmation = await waitFor(() => postsTo('UKARI').find((c) => String(c.args.text).includes('Møte NUIT 1/2021 er opprettet')));
    expect(confirmation.args.text).toContain('torsdag 20. mai 2021 kl. 10.00–13.30');
    // NUIT 2/2021's real paper deadline: Tuesday 4 May 2021 at 12:00 Oslo time.
    const deadline = await t.db.prisma.deadline.findUniqueOrThrow({ where: { meetingId_milestone: { meetingId, milestone: 'paper_deadline' } } });
    expect(deadline.dueAt.toISOString()).toBe('2021-05-04T10:00:00.000Z');
    const job = await t.app.queue.getJob(`milestone.${meetingId}.paper_deadline`);
    expect(await job!.getState()).toBe('delayed');
    const invite = await waitFor(() => postsTo('USIRI').find((c) => String(c.args.text).startsWith('Innkalling: NUIT 1/2021')));
    expect(JSON.stringify(invite.args.blocks)).toContain(MeetingActionIds.attending);
  });

  it('shows the status with the buttons to build the agenda, and opens the item form', async () => {
    const { id: meetingId } = await planNuit();
    const res = await slash('UKARI', 'møte status NUIT 1/2021');
    const blocks = JSON.stringify(res.json.blocks);
    expect(blocks).toContain('Status for NUIT 1/2021');
    expect(blocks).toContain('Innmelding av saker: tirsdag 6. april 2021 kl. 09.00');
    expect(blocks).toContain('0 kommer, 0 kommer ikke, 0 sender vara, 2 har ikke svart');
    await click('UKARI', MeetingActionIds.addItem, { meetingId });
    const view = await waitFor(() => (t.slack.callsTo('views.open').at(-1)?.args.view.callback_id === MeetingFormIds.item ? lastView() : null));
    // The presenter is searched in the whole roster (external_select answered from block_suggestion).
    expect(view.blocks.find((b: any) => b.block_id === 'presenter').element).toMatchObject({ type: 'external_select', action_id: 'saksgang.search.people' });
  });

  it('adds an item with the next case number and sends the presenter a DM with the deadline and a submit button', async () => {
    const { id: meetingId } = await planNuit();
    const values = {
      type: { type: { type: 'static_select', selected_option: { value: 'discussion' } } },
      ...text('title', 'Nasjonal e-helseportefølje'),
      presenter: { presenter: { type: 'static_select', selected_option: { value: people.per.id } } },
      ...text('proposedDecision', 'NUIT tar saken til orientering.'),
      plannedStart: { plannedStart: { type: 'timepicker', selected_time: '09:00' } },
    };
    const bad = await submit('UKARI', MeetingFormIds.item, { meetingId }, values);
    expect(bad.json.errors).toEqual({ plannedStart: 'Starttiden må ligge innenfor møtet.' });
    const res = await submit('UKARI', MeetingFormIds.item, { meetingId }, { ...values, plannedStart: { plannedStart: { type: 'timepicker', selected_time: '10:30' } } });
    expect(res.json?.response_action).toBeUndefined();
    const item = await t.db.prisma.agendaItem.findFirstOrThrow({ where: { meetingId, kind: 'regular' } });
    expect(item.caseNumber).toBe(3);
    expect(item.plannedStart?.toISOString()).toBe('2021-05-20T08:30:00.000Z');
    const dm = await waitFor(() => postsTo('UPER').find((c) => String(c.args.text).includes('saksansvarlig')));
    const blocks = JSON.stringify(dm.args.blocks);
    expect(blocks).toContain('3/21');
    expect(blocks).toContain('tirsdag 4. mai 2021 kl. 12.00');
    expect(blocks).toContain(MeetingActionIds.submitPaper);
  });

  it('reorders and removes items from the status buttons; until distribution the case numbers follow the order', async () => {
    const { id: meetingId } = await planNuit();
    await addPortfolioItem(meetingId);
    const add = (title: string) =>
      submit('UKARI', MeetingFormIds.item, { meetingId }, { type: { type: { type: 'static_select', selected_option: { value: 'information' } } }, ...text('title', title) });
    await add('Orientering fra TBU');
    const second = await t.db.prisma.agendaItem.findFirstOrThrow({ where: { meetingId, title: 'Orientering fra TBU' } });
    expect(second.caseNumber).toBe(4);
    await click('UKARI', MeetingActionIds.moveItemUp, { itemId: second.id });
    const updated = await waitFor(() => t.slack.callsTo('chat.update').at(-1));
    const order = JSON.stringify(updated.args.blocks);
    expect(order.indexOf('3/21 Orientering fra TBU')).toBeLessThan(order.indexOf('4/21 Nasjonal e-helseportefølje'));
    await click('UKARI', MeetingActionIds.removeItem, { itemId: second.id });
    await waitFor(async () => (await t.db.prisma.agendaItem.findUniqueOrThrow({ where: { id: second.id } })).removedAt);
    await add('Eventuelle innspill');
    const third = await t.db.prisma.agendaItem.findFirstOrThrow({ where: { meetingId, title: 'Eventuelle innspill' } });
    // The removed case gave its place up: the new one is 4/21, "eventuelt" 5/21.
    expect(third.caseNumber).toBe(4);
    await click('UKARI', MeetingActionIds.removeItem, { itemId: third.id });
    await waitFor(async () => (await t.db.prisma.agendaItem.findUniqueOrThrow({ where: { id: third.id } })).removedAt);
  });

  it('lets the presenter submit the paper: a bad link keeps the input, a valid one is recorded', async () => {
    const { id: itemId } = await addPortfolioItem((await planNuit()).id);
    await click('UPER', MeetingActionIds.submitPaper, { itemId });
    const view = await waitFor(() => (t.slack.callsTo('views.open').at(-1)?.args.view.callback_id === MeetingFormIds.paper ? lastView() : null));
    expect(JSON.stringify(view)).toContain('NUIT tar saken til orientering.');
    const bad = await submit('UPER', MeetingFormIds.paper, { itemId }, { ...text('title', 'Toppnotat'), ...text('links', 'https://docs.example.no/a\nikke en lenke') });
    expect(bad.json.response_action).toBe('errors');
    expect(bad.json.errors.links).toContain('«ikke en lenke» er ikke en lenke');
    expect(await t.db.prisma.paper.count()).toBe(0);
    await submit('UPER', MeetingFormIds.paper, { itemId }, {
      ...text('title', 'Toppnotat'),
      ...text('links', 'https://docs.example.no/a\nhttps://docs.example.no/b'),
      ...text('proposedDecision', 'NUIT gir sin tilslutning.'),
    });
    const paper = await t.db.prisma.paper.findFirstOrThrow({ include: { item: true } });
    expect(paper.links).toEqual(['https://docs.example.no/a', 'https://docs.example.no/b']);
    expect(paper.late).toBe(false);
    expect(paper.item.proposedDecision).toBe('NUIT gir sin tilslutning.');
  });

  it('refuses a paper from someone who is neither presenter nor secretariat', async () => {
    const { id: itemId } = await addPortfolioItem((await planNuit()).id);
    await click('USIRI', MeetingActionIds.submitPaper, { itemId });
    await waitFor(() => postsTo('D0DM').find((c) => String(c.args.text).includes('Bare saksansvarlig')));
    expect(t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === 'trigger-USIRI')).toHaveLength(0);
  });

  it('records a member’s attendance answer, seen in the status', async () => {
    const { id: meetingId } = await planNuit();
    await click('USIRI', MeetingActionIds.attending, { meetingId });
    await waitFor(() => t.slack.callsTo('chat.update').find((c) => String(c.args.text).includes('Du er påmeldt NUIT 1/2021')));
    const res = await slash('UKARI', 'møte status NUIT');
    expect(JSON.stringify(res.json.blocks)).toContain('1 kommer, 0 kommer ikke, 0 sender vara, 1 har ikke svart');
    const short = await slash('UKARI', 'møte status NUIT 1/21');
    expect(JSON.stringify(short.json.blocks)).toContain('Status for NUIT 1/2021');
    expect((await slash('UKARI', 'møte status NUIT 9/21')).json.text).toBe('Jeg finner ikke møte NUIT 9/21.');
  });

  it('distributes the agenda now, once all papers are in, to the committee channel', async () => {
    const { id: meetingId } = await planNuit();
    const { id: itemId } = await addPortfolioItem(meetingId);
    await handInPaper(t, { itemId, personId: people.per.id, links: ['https://docs.example.no/a', 'https://docs.example.no/b'], proposedDecision: 'NUIT gir sin tilslutning.' });
    // Distributing is public and final: the command asks first, and the confirmation's button distributes.
    const asked = await slash('UKARI', 'møte distribuer NUIT 1/2021');
    expect(asked.json.text).toContain('Sakslisten og sakspapirene for NUIT 1/2021 blir postet i utvalgets kanal');
    expect(postsTo('C0NUIT')).toHaveLength(0);
    await click('UKARI', MeetingActionIds.distributeNow, { meetingId, confirmed: true });
    const res = await waitFor(() => postsTo('D0DM').find((c) => String(c.args.text).includes('sendt ut')), 10_000, 'distributed');
    expect(res.args.text).toBe('Sakslisten for NUIT 1/2021 er sendt ut.');
    const agenda = await waitFor(() => postsTo('C0NUIT')[0]);
    const blocks = JSON.stringify(agenda.args.blocks);
    for (const part of ['Saksliste – NUIT 1/2021', 'Sak 3/21 Nasjonal e-helseportefølje', 'Drøfting', 'Per Presenter', 'NUIT gir sin tilslutning.', 'https://docs.example.no/b']) {
      expect(blocks).toContain(part);
    }
    const again = await slash('UKARI', 'møte distribuer NUIT 1/2021');
    expect(again.json.text).toContain('allerede sendt ut');
  });

  it('previews a cycle in chat', async () => {
    const res = await slash('UKARI', 'syklus vis nuit 2021-05-20');
    const blocks = JSON.stringify(res.json.blocks);
    expect(blocks).toContain('Frist for saksunderlag');
    expect(blocks).toContain('4. mai 2021 kl. 12.00');
  });
});
