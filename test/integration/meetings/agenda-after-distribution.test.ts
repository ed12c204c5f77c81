import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { meetingEdges } from './edge-helpers.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { postAgenda } from '../../helpers/fixtures/post-agenda.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const NUFA_CHANNEL = '19:nufa-general@thread.tacv2';
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const UPDATED_NB = 'Oppdatert mandag 1. mars 2021 kl. 09.00';

// Each test gets its own app and database, and posts the agenda it then changes itself.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

/** Creates a meeting (with the given items) and posts its agenda, waiting until the post is out (so later changes are edits). */
async function distributed(committeeId: string, day: string, items: Parameters<typeof addItem>[2][] = []) {
  const meeting = await planMeeting(t, committeeId, { day, place: 'Oslo' });
  const itemIds = [];
  for (const item of items) itemIds.push((await addItem(t, meeting.id, item)).id);
  await postAgenda(t, meeting.id);
  return { meetingId: meeting.id, itemIds };
}

/** Waits for the next edit of the posted agenda (after `count` edits) and returns its blocks as text. */
async function nextSlackEdit(count: number) {
  const call = await waitFor(() => e.updatesOf('C0NUIT')[count], 10_000, `chat.update #${count + 1}`);
  return JSON.stringify(call.args.blocks);
}

describe('the posted agenda follows the changes made after distribution (Slack committee channel)', () => {
  /** NUIT's meeting on 20 May 2021 with its agenda posted, holding item 3/21 when one is given (before "eventuelt" 4/21). */
  async function postedNuit(item?: { type: 'discussion' | 'decision'; title: string; proposedDecision?: string }) {
    const posted = await distributed(people.committee.id, '2021-05-20', item ? [{ ...item, presenterId: people.per.id }] : []);
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
    return { meetingId: posted.meetingId, itemId: posted.itemIds[0]! };
  }
  const portfolioItem = { type: 'discussion' as const, title: 'Nasjonal e-helseportefølje', proposedDecision: 'NUIT tar saken til orientering.' };

  it('an item added from the Slack item form edits the posted agenda in place, marked "Oppdatert"', async () => {
    const { meetingId } = await postedNuit();
    let seen = 0;
    const res = await e.submit('UKARI', MeetingFormIds.item, { meetingId }, {
      ...e.select('type', 'discussion'),
      ...e.text('title', 'Nasjonal e-helseportefølje'),
      ...e.select('presenter', people.per.id),
      ...e.text('proposedDecision', 'NUIT tar saken til orientering.'),
    });
    expect(res.json?.response_action).toBeUndefined();
    const blocks = await nextSlackEdit(seen++);
    expect(blocks).toContain('Sak 4/21 Nasjonal e-helseportefølje');
    expect(blocks).toContain('⏳ Saksunderlag ettersendes');
    expect(blocks).toContain(UPDATED_NB);
    const posted = await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: `agenda.${meetingId}` } });
    expect(e.updatesOf('C0NUIT')[0]!.args.ts).toBe(posted.platformMessageId);
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
    // The edit is a queued job, one per meeting, so a failure is retried rather than lost with the turn.
    const refresh = await waitFor(async () => {
      const row = await t.db.prisma.scheduledJob.findUnique({ where: { jobId: `agenda-refresh.${meetingId}` } });
      return row?.state === 'done' ? row : null;
    }, 10_000, 'agenda refresh job');
    expect(refresh).toMatchObject({ name: 'meetings.agenda-refresh', payload: { meetingId } });
  });

  it('an edited item, a reordered and a removed one are edited into the same message', async () => {
    const { meetingId, itemId } = await postedNuit(portfolioItem);
    let seen = 0;
    await e.submit('UKARI', MeetingFormIds.item, { meetingId, itemId }, { ...e.select('type', 'decision'), ...e.text('title', 'Porteføljerapport Q1'), ...e.select('presenter', people.per.id) });
    expect(await nextSlackEdit(seen++)).toContain('Sak 3/21 Porteføljerapport Q1');

    await e.submit('UKARI', MeetingFormIds.item, { meetingId }, { ...e.select('type', 'information'), ...e.text('title', 'Orientering fra TBU') });
    expect(await nextSlackEdit(seen++)).toContain('Sak 5/21 Orientering fra TBU');
    const second = await t.db.prisma.agendaItem.findFirstOrThrow({ where: { meetingId, title: 'Orientering fra TBU' } });

    await e.click('UKARI', MeetingActionIds.moveItemUp, { itemId: second.id });
    const reordered = await nextSlackEdit(seen++);
    expect(reordered.indexOf('5/21 Orientering fra TBU')).toBeLessThan(reordered.indexOf('3/21 Porteføljerapport Q1'));

    await e.click('UKARI', MeetingActionIds.removeItem, { itemId: second.id });
    const removed = await nextSlackEdit(seen++);
    expect(removed).not.toContain('Orientering fra TBU');
    expect(removed).toContain('Sak 3/21 Porteføljerapport Q1');
  });

  it('a paper submitted by the presenter puts its link in the posted agenda', async () => {
    const { itemId } = await postedNuit({ type: 'decision', title: 'Porteføljerapport Q1' });
    let seen = 0;
    await e.submit('UPER', MeetingFormIds.paper, { itemId }, { ...e.text('title', 'Toppnotat'), ...e.text('links', 'https://docs.example.no/q1') });
    const blocks = await nextSlackEdit(seen++);
    expect(blocks).toContain('https://docs.example.no/q1');
    expect(blocks).not.toContain('Saksunderlag ettersendes');
  });

  it('a meeting moved from the Slack move form shows its new time in the posted agenda', async () => {
    const { meetingId } = await postedNuit();
    // An edit before the move, so the move is not the meeting's first change.
    await addItem(t, meetingId, { ...portfolioItem, presenterId: people.per.id });
    await nextSlackEdit(0);
    let seen = 1;
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId }, { ...e.date('2021-05-27'), ...e.time('start', '12:00'), ...e.time('end', '15:00'), ...e.text('place', 'Oslo'), ...e.text('videoLink', '') });
    expect(res.json?.response_action).toBeUndefined();
    const blocks = await nextSlackEdit(seen++);
    expect(blocks).toContain('torsdag 27. mai 2021 kl. 12.00–15.00');
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
    // Every change ran the same job again: one mirror row for the meeting, however many edits.
    expect(await t.db.prisma.scheduledJob.count({ where: { jobId: { startsWith: `agenda-refresh.${meetingId}` } } })).toBe(1);
  });
});

describe('the posted agenda follows the changes made after distribution (Teams committee channel)', () => {
  /**
   * NUFA (Emma its secretariat, a Teams channel) with its meeting on 27 May 2021 and the agenda posted. Its channel
   * is configured to bokmål (Emma alone reads English, which would otherwise be the channel's language).
   */
  async function postedNufa() {
    const db = t.db.prisma;
    const nufa = await db.committee.create({ data: { key: 'NUFA', name: 'NUFA – Fagutvalget', cycle: 'nufa', teamsConversationId: NUFA_CHANNEL, channelLocale: 'nb' } });
    await db.membership.create({ data: { committeeId: nufa.id, personId: people.emma.id, role: 'secretariat' } });
    const { meetingId } = await distributed(nufa.id, '2021-05-27');
    await waitFor(() => e.cardsTo(NUFA_CHANNEL)[0], 10_000, 'NUFA agenda');
    return meetingId;
  }

  it('an item added from the Teams card updates the posted activity (PUT) with the new item', async () => {
    const meetingId = await postedNufa();
    const done = await e.submitCard(emma, MeetingFormIds.item, { meetingId }, { type: 'information', title: 'Status for kjernejournal', presenter: '', proposedDecision: '', plannedStart: '' });
    expect(done.json.value.body[0].text).toBe('Item 4/21 "Status for kjernejournal" is added.');
    const update = await waitFor(() => e.teamsUpdatesOf(NUFA_CHANNEL)[0], 10_000, 'PUT activity');
    const posted = await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: `agenda.${meetingId}` } });
    expect(update.activityId).toBe(posted.platformMessageId);
    const card = JSON.stringify(update.body.attachments[0].content);
    expect(card).toContain('Sak 4/21 Status for kjernejournal');
    expect(card).toContain(UPDATED_NB);
  });

  it('a meeting moved from the Teams move card updates the posted activity again', async () => {
    const meetingId = await postedNufa();
    // The first update: an item added after distribution.
    await addItem(t, meetingId, { type: 'information', title: 'Status for kjernejournal' });
    await waitFor(() => e.teamsUpdatesOf(NUFA_CHANNEL)[0], 10_000, 'PUT activity');
    const done = await e.submitCard(emma, MeetingFormIds.move, { meetingId }, { date: '2021-06-03', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' });
    expect(JSON.stringify(done.json.value)).toContain('Meeting NUFA 1/2021 is moved to Thursday 3 June 2021, 10:00–13:30');
    const update = await waitFor(() => e.teamsUpdatesOf(NUFA_CHANNEL)[1], 10_000, 'second PUT activity');
    expect(JSON.stringify(update.body.attachments[0].content)).toContain('torsdag 3. juni 2021 kl. 10.00–13.30');
    // One agenda card, edited in place; the notice as a Word document comes as cards of its own (src/documents).
    expect(e.cardsTo(NUFA_CHANNEL).filter((card) => !JSON.stringify(card).includes('(Word)'))).toHaveLength(1);
  });
});
