import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionActionIds, DecisionFormIds } from '../../../src/decisions/ids.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { recordAttendance } from '../../helpers/fixtures/record-attendance.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

let t: TestApp;
let s: Seed;
const FORM = 'application/x-www-form-urlencoded';

// Each test gets its own app and database; a test about a recorded decision or attendance records it itself first.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'R' });
  await warmUpSlack(t, 'URSARA');
});
afterEach(async () => t?.close());

const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const click = (user: string, actionId: string, payload: object) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, JSON.stringify(payload))), FORM);
const submit = (user: string, callbackId: string, context: object, values: Record<string, Record<string, unknown>>) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: callbackId, private_metadata: JSON.stringify(context), values })), FORM);
const text = (v: string) => ({ v: { type: 'plain_text_input', value: v } });
const select = (v: string) => ({ v: { type: 'static_select', selected_option: { value: v } } });
const date = (v: string) => ({ v: { type: 'datepicker', selected_date: v } });
const teams = (user: string) => ({ id: `29:${user}`, aadObjectId: `aad-${user}` });
/** The decision overview comes as a direct message through the outbox: the first one posted to `user` after `before`. */
const slackOverview = (user: string, before: number) =>
  waitFor(() => t.slack.callsTo('chat.postMessage').slice(before).find((c) => c.args.channel === user && c.args.text.startsWith('Vedtak –')), 10_000, 'decision overview').then((c) => c.args);

describe('recording decisions in Slack', () => {
  it('lists the meeting’s items with a record button each, for the secretariat, in bokmål', async () => {
    const before = t.slack.callsTo('chat.postMessage').length;
    await slash('URSARA', 'vedtak NUIT 2/2026');
    const overview = await slackOverview('URSARA', before);
    const blocks = JSON.stringify(overview.blocks);
    expect(blocks).toContain('Vedtak – NUIT 2/2026');
    expect(blocks).toContain('12/26 Felles kommunal journal');
    expect(blocks).toContain('Forslag til vedtak: NUIT tar saken til orientering.');
    const buttons = overview.blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.action_id?.startsWith(DecisionActionIds.record));
    expect(buttons).toHaveLength(3);
    expect(JSON.parse(buttons[1].value)).toEqual({ itemId: s.items[1]!.id });
  });

  it('refuses a member who is not the secretariat (meeting named the short way, 2/26)', async () => {
    const res = await slash('UREMMA', 'decisions NUIT 2/26');
    expect(res.json.text).toBe('Only the committee’s secretariat can record and publish decisions.');
  });

  it('opens the decision form pre-filled with the proposed decision, owners searched in the whole roster', async () => {
    const before = t.slack.callsTo('views.open').length;
    await click('URSARA', DecisionActionIds.record, { itemId: s.items[1]!.id });
    const open = await waitFor(() => t.slack.callsTo('views.open')[before], 5000, 'views.open');
    const view = open.args.view;
    expect(view.callback_id).toBe(DecisionFormIds.decision);
    expect(JSON.parse(view.private_metadata)).toEqual({ itemId: s.items[1]!.id });
    const decision = view.blocks.find((b: any) => b.block_id === 'decision');
    expect(decision.element.initial_value).toBe('NUIT tar saken til orientering.');
    const owner = view.blocks.find((b: any) => b.block_id === 'followup1_owner');
    // A search picker (external_select), not the first 100 people: Slack asks block_suggestion as Sara types.
    expect(owner.element).toMatchObject({ type: 'external_select', action_id: 'saksgang.search.people', min_query_length: 2 });
    expect(owner.element.options).toBeUndefined();
  });

  it('refuses a past due date and a follow-up without owner on their fields, and records nothing', async () => {
    const res = await submit('URSARA', DecisionFormIds.decision, { itemId: s.items[1]!.id }, {
      decision: text('NUIT tar saken til orientering, med innspill.'),
      followup1_what: text('Lag tidsplan'),
      followup1_due: date('2026-06-10'),
      followup2_owner: select(s.people.presenter.id),
      followup2_what: text('Send notat'),
      followup2_due: date('2026-05-01'),
    });
    expect(res.json).toEqual({
      response_action: 'errors',
      errors: { followup1_owner: 'Velg hvem som skal følge opp.', followup2_due: 'Fristen kan ikke være tilbake i tid.' },
    });
    expect(await t.db.prisma.decision.count({ where: { itemId: s.items[1]!.id } })).toBe(0);
  });

  it('records the decision, notes and follow-ups and confirms by direct message', async () => {
    const before = t.slack.callsTo('chat.postMessage').length;
    const res = await submit('URSARA', DecisionFormIds.decision, { itemId: s.items[1]!.id }, {
      decision: text('NUIT tar saken til orientering og ber om en tidsplan.'),
      notes: text('Flere etterlyste en plan for utrulling.'),
      followup1_owner: select(s.people.presenter.id),
      followup1_what: text('Lag tidsplan'),
      followup1_due: date('2026-06-10'),
    });
    expect(res.status).toBe(200);
    const decision = await t.db.prisma.decision.findUniqueOrThrow({ where: { itemId: s.items[1]!.id }, include: { followUps: true } });
    expect(decision).toMatchObject({ text: 'NUIT tar saken til orientering og ber om en tidsplan.', notes: 'Flere etterlyste en plan for utrulling.', recordedById: s.people.secretariat.id, publishedAt: null, corrected: false });
    expect(decision.followUps.map((f) => [f.ownerId, f.description, f.dueDate.toISOString().slice(0, 10)])).toEqual([[s.people.presenter.id, 'Lag tidsplan', '2026-06-10']]);
    const confirm = await waitFor(() => t.slack.callsTo('chat.postMessage').slice(before).find((c) => c.args.channel === 'URSARA'), 5000, 'confirmation');
    expect(confirm.args.text).toBe('Vedtaket i sak 12/26 er lagret.');
  });

  it('shows the recorded decision (not the proposal) when the form is opened again, and in the list', async () => {
    await recordDecision(t, {
      itemId: s.items[1]!.id,
      recordedById: s.people.secretariat.id,
      text: 'NUIT tar saken til orientering og ber om en tidsplan.',
      notes: 'Flere etterlyste en plan for utrulling.',
      followUps: [{ ownerId: s.people.presenter.id, description: 'Lag tidsplan', dueDate: '2026-06-10' }],
    });
    const before = t.slack.callsTo('views.open').length;
    await click('URSARA', DecisionActionIds.record, { itemId: s.items[1]!.id });
    const open = await waitFor(() => t.slack.callsTo('views.open')[before], 5000, 'views.open');
    const field = (id: string) => open.args.view.blocks.find((b: any) => b.block_id === id).element;
    expect(field('decision').initial_value).toBe('NUIT tar saken til orientering og ber om en tidsplan.');
    expect(field('followup1_owner').initial_option.value).toBe(s.people.presenter.id);
    expect(field('followup1_due').initial_date).toBe('2026-06-10');
    const posted = t.slack.callsTo('chat.postMessage').length;
    await slash('URSARA', 'vedtak NUIT 2/2026');
    expect(JSON.stringify((await slackOverview('URSARA', posted)).blocks)).toContain('Vedtak: NUIT tar saken til orientering og ber om en tidsplan.');
  });
});

describe('recording decisions in Teams', () => {
  it('lists the items in English for an English secretary', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teams('Rtom'), 'decisions NUIT 2/2026'));
    const card = (await waitFor(() => t.connector.repliesIn(dmOf(teams('Rtom')), before)[0], 10_000, 'overview card')).body.attachments[0].content;
    const json = JSON.stringify(card);
    expect(json).toContain('Decisions – NUIT 2/2026');
    expect(json).toContain('Record decision');
    expect(json).toContain(DecisionActionIds.record);
  });

  it('opens the form as a card, keeps every typed value when refused, then records', async () => {
    const item = s.items[2]!;
    const sentBefore = t.connector.sent().length;
    const opened = await postActivity(t.url, cardActionActivity(t.connector.url, teams('Rtom'), DecisionActionIds.record, { _payload: { itemId: item.id } }));
    expect(opened.status).toBe(200);
    const formCard = t.connector.repliesIn(dmOf(teams('Rtom')), sentBefore)[0]!.body.attachments[0].content;
    expect(formCard.body.find((b: any) => b.id === 'decision').value).toBe('NUIT ber direktoratet ta innspillene med i videre arbeid.');

    const typed = { decision: 'NUIT endorses the plan.', notes: 'Good discussion.', followup1_owner: s.people.member.id, followup1_what: 'Write the report', followup1_due: '2026-01-05' };
    const refused = await postActivity(t.url, cardActionActivity(t.connector.url, teams('Rtom'), DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: item.id }, ...typed }));
    const card = refused.json.value;
    const input = (id: string) => card.body.find((b: any) => b.id === id);
    expect(input('decision').value).toBe('NUIT endorses the plan.');
    expect(input('notes').value).toBe('Good discussion.');
    expect(input('followup1_owner').value).toBe(s.people.member.id);
    expect(input('followup1_what').value).toBe('Write the report');
    expect(input('followup1_due').value).toBe('2026-01-05');
    expect(input('followup1_due-error').text).toBe('The due date cannot be in the past.');
    expect(await t.db.prisma.decision.count({ where: { itemId: item.id } })).toBe(0);

    const done = await postActivity(t.url, cardActionActivity(t.connector.url, teams('Rtom'), DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: item.id }, ...typed, followup1_due: '2026-06-15' }));
    expect(JSON.stringify(done.json.value)).toContain('The decision on item 13/26 is saved.');
    const decision = await t.db.prisma.decision.findUniqueOrThrow({ where: { itemId: item.id }, include: { followUps: true } });
    expect(decision.text).toBe('NUIT endorses the plan.');
    expect(decision.followUps).toHaveLength(1);
  });

  it('refuses a member who tries the form in Teams', async () => {
    await recordDecision(t, {
      itemId: s.items[2]!.id,
      recordedById: s.people.secretariatEn.id,
      text: 'NUIT endorses the plan.',
      notes: 'Good discussion.',
      followUps: [{ ownerId: s.people.member.id, description: 'Write the report', dueDate: '2026-06-15' }],
    });
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, teams('Remma'), DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: s.items[2]!.id }, decision: 'Hijack' }));
    expect(JSON.stringify(res.json)).toContain('Only the committee’s secretariat');
    expect((await t.db.prisma.decision.findUniqueOrThrow({ where: { itemId: s.items[2]!.id } })).text).toBe('NUIT endorses the plan.');
  });
});

describe('the decision overview follows what is saved', () => {
  it('Slack, bokmål: «vedtak NUIT» without a number takes the last meeting held; every copy shows a saved decision in place', async () => {
    // The meeting after it has not been held yet, so "vedtak NUIT" means 2/2026.
    await t.db.prisma.meeting.create({ data: { committeeId: s.committee.id, year: 2026, number: 3, startsAt: new Date('2026-09-10T08:00:00Z'), endsAt: new Date('2026-09-10T14:00:00Z'), place: 'Oslo' } });
    const before = t.slack.callsTo('chat.postMessage').length;
    await slash('URSARA', 'vedtak NUIT');
    const sara = await slackOverview('URSARA', before);
    expect(sara.text).toBe('Vedtak – NUIT 2/2026');
    expect(JSON.stringify(sara.blocks)).toContain('Ikke registrert ennå.');
    // A second secretary (English) has a copy of their own.
    const tomBefore = t.slack.callsTo('chat.postMessage').length;
    await slash('URTOM', 'decisions NUIT 2/2026');
    await waitFor(() => t.slack.callsTo('chat.postMessage').slice(tomBefore).find((c) => c.args.channel === 'URTOM'), 10_000, 'Tom’s overview');

    const updates = t.slack.callsTo('chat.update').length;
    await submit('URSARA', DecisionFormIds.decision, { itemId: s.items[0]!.id }, { decision: text('Innkalling og saksliste godkjent.') });
    const edited = await waitFor(() => {
      const calls = t.slack.callsTo('chat.update').slice(updates);
      const sarasCopy = calls.find((c) => JSON.stringify(c.args.blocks).includes('Vedtak: Innkalling og saksliste godkjent.'));
      const tomsCopy = calls.find((c) => JSON.stringify(c.args.blocks).includes('Decision: Innkalling og saksliste godkjent.'));
      return sarasCopy && tomsCopy ? { sarasCopy, tomsCopy } : undefined;
    }, 10_000, 'both copies edited');
    expect(edited.sarasCopy.args.text).toBe('Vedtak – NUIT 2/2026');
    expect(edited.tomsCopy.args.text).toBe('Decisions – NUIT 2/2026');
    // The other items are still unrecorded.
    expect(JSON.stringify(edited.sarasCopy.args.blocks)).toContain('Ikke registrert ennå.');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'decision_overview' } })).toBe(2);
  });

  it('Slack: a committee with no meeting held yet gets a clear answer', async () => {
    await t.db.prisma.meeting.updateMany({ where: { committeeId: s.committee.id }, data: { startsAt: new Date('2026-09-10T08:00:00Z'), endsAt: new Date('2026-09-10T14:00:00Z') } });
    const res = await slash('URSARA', 'vedtak NUIT');
    expect(res.json.text).toBe('NUIT har ikke holdt noe møte ennå. Se møtene med «møter NUIT».');
    const en = await slash('URTOM', 'decisions NUIT');
    expect(en.json.text).toBe('NUIT has not held a meeting yet. See its meetings with "meetings NUIT".');
  });

  it('Teams, English: the overview card is edited in place when the decision is saved from it', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teams('Rtom'), 'decisions NUIT'));
    const overview = await waitFor(() => t.connector.repliesIn(dmOf(teams('Rtom')), before)[0], 10_000, 'overview card');
    expect(JSON.stringify(overview.body.attachments[0].content)).toContain('Not recorded yet.');
    const overviewId = (await t.db.prisma.delivery.findFirstOrThrow({ where: { kind: 'decision_overview' } })).platformMessageId;
    expect(overviewId).toBeTruthy();

    const callsBefore = t.connector.calls.length;
    await postActivity(t.url, cardActionActivity(t.connector.url, teams('Rtom'), DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: s.items[1]!.id }, decision: 'NUIT takes note.' }));
    const update = await waitFor(() => t.connector.calls.slice(callsBefore).find((c) => c.verb === 'update' && c.activityId === overviewId), 10_000, 'overview card updated');
    const card = JSON.stringify(update.body.attachments[0].content);
    expect(card).toContain('Decision: NUIT takes note.');
    expect(card).toContain('Decisions – NUIT 2/2026');
  });

  it('Teams, bokmål: a Norwegian secretary’s copy is edited in bokmål', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teams('Rsara'), 'vedtak NUIT 2/2026'));
    await waitFor(() => t.connector.repliesIn(dmOf(teams('Rsara')), before)[0], 10_000, 'overview card');
    const callsBefore = t.connector.calls.length;
    await recordDecisionThroughForm(s.items[2]!.id);
    const update = await waitFor(() => t.connector.calls.slice(callsBefore).find((c) => c.verb === 'update' && c.conversationId === dmOf(teams('Rsara'))), 10_000, 'overview card updated');
    expect(JSON.stringify(update.body.attachments[0].content)).toContain('Vedtak: NUIT ber om en plan.');
  });
});

/** Saves a decision through the Teams form, as Sara. */
async function recordDecisionThroughForm(itemId: string): Promise<void> {
  const res = await postActivity(t.url, cardActionActivity(t.connector.url, teams('Rsara'), DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId }, decision: 'NUIT ber om en plan.' }));
  expect(JSON.stringify(res.json)).toContain('er lagret');
}

describe('attendance', () => {
  it('opens the attendance form pre-filled from the replies to the call, and records it with the items a member sat out', async () => {
    const db = t.db.prisma;
    await db.attendanceReply.createMany({
      data: [
        { meetingId: s.meeting.id, personId: s.people.presenter.id, answer: 'attending' },
        { meetingId: s.meeting.id, personId: s.people.absentee.id, answer: 'deputy', deputyName: 'Dina Vara' },
        { meetingId: s.meeting.id, personId: s.people.observer.id, answer: 'attending' },
      ],
    });
    const before = t.slack.callsTo('views.open').length;
    await click('URSARA', DecisionActionIds.attendance, { meetingId: s.meeting.id });
    const view = (await waitFor(() => t.slack.callsTo('views.open')[before], 5000, 'views.open')).args.view;
    const block = (id: string) => view.blocks.find((b: any) => b.block_id === id);
    expect(block(`member_${s.people.presenter.id}`).element.initial_option.value).toBe('present');
    expect(block(`member_${s.people.absentee.id}`).element.initial_option.value).toBe('absent');
    expect(block(`member_${s.people.member.id}`).element.initial_option).toBeUndefined();
    expect(block('observers').element.initial_options.map((o: any) => o.value)).toEqual([s.people.observer.id]);
    expect(block('others').element.initial_value).toBe('Dina Vara');
    expect(block(`absent_from_${s.items[2]!.id}`).label.text).toBe('Sak 13/26: deltok ikke');

    await submit('URSARA', DecisionFormIds.attendance, { meetingId: s.meeting.id }, {
      [`member_${s.people.presenter.id}`]: select('present'),
      [`member_${s.people.member.id}`]: select('present'),
      [`member_${s.people.absentee.id}`]: select('absent'),
      observers: { v: { type: 'multi_static_select', selected_options: [{ value: s.people.observer.id }] } },
      others: text('Dina Vara\nGjest Gjestesen'),
      [`absent_from_${s.items[2]!.id}`]: { v: { type: 'multi_static_select', selected_options: [{ value: s.people.member.id }, { value: s.people.absentee.id }] } },
    });
    const rows = await db.attendance.findMany({ where: { meetingId: s.meeting.id } });
    const status = (personId: string) => rows.find((r) => r.personId === personId)?.status;
    expect(status(s.people.presenter.id)).toBe('present');
    expect(status(s.people.absentee.id)).toBe('absent');
    expect(status(s.people.observer.id)).toBe('observer');
    expect(rows.find((r) => r.personId === s.people.member.id)?.notParticipatingItemIds).toEqual([s.items[2]!.id]);
    expect(rows.find((r) => r.personId === s.people.absentee.id)?.notParticipatingItemIds).toEqual([]);
    expect(rows.filter((r) => r.status === 'other').map((r) => r.name).sort()).toEqual(['Dina Vara', 'Gjest Gjestesen']);
  });
});

describe('attendance in Teams', () => {
  it('shows the recorded attendance again, in English', async () => {
    const p = s.people;
    await recordAttendance(t, {
      meetingId: s.meeting.id,
      actorId: p.secretariat.id,
      observerIds: [p.observer.id],
      present: [p.presenter.id, p.member.id],
      absent: [p.absentee.id],
      observers: [p.observer.id],
      others: ['Dina Vara', 'Gjest Gjestesen'],
      notParticipating: { [p.member.id]: [s.items[2]!.id] },
    });
    const sentBefore = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, teams('Rtom'), DecisionActionIds.attendance, { _payload: { meetingId: s.meeting.id } }));
    const card = t.connector.repliesIn(dmOf(teams('Rtom')), sentBefore)[0]!.body.attachments[0].content;
    const input = (id: string) => card.body.find((b: any) => b.id === id);
    expect(input(`member_${s.people.member.id}`).value).toBe('present');
    expect(input(`absent_from_${s.items[2]!.id}`)).toMatchObject({ label: 'Item 13/26: did not take part', value: s.people.member.id });
    expect(input('others').value).toBe('Dina Vara\nGjest Gjestesen');
  });
});
