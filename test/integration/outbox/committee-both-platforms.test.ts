import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { distributeAgenda } from '../../../src/meetings/distribute-agenda.js';
import { slashCommandBody, postSlack } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee as seedDecisions } from '../decisions/seed-decisions.js';

let t: TestApp;
const FORM = 'application/x-www-form-urlencoded';
const NUIT_TEAMS = '19:nuit-general@thread.tacv2';

afterEach(async () => t?.close());

const slackPosts = (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const slackEdits = (channel: string) => t.slack.callsTo('chat.update').filter((c) => c.args.channel === channel);
const teamsCards = (conversationId: string) => t.connector.sent().filter((c) => c.conversationId === conversationId);
const teamsEdits = (conversationId: string) => t.connector.calls.filter((c) => c.verb === 'update' && c.conversationId === conversationId);
const cardText = (call: { body: Record<string, any> }) => JSON.stringify(call.body.attachments?.[0]?.content ?? call.body);
/** The agenda card on Teams (the notice's download card, "(Word)", comes as a card of its own). */
const agendaCards = () => teamsCards(NUIT_TEAMS).filter((c) => !cardText(c).includes('(Word)'));

describe('a committee with both a Slack channel and a Teams conversation: the agenda', () => {
  beforeEach(async () => {
    t = await startTestApp({ app: { clock: () => new Date('2021-03-01T08:00:00Z') } });
    await warmUpSlack(t, 'UKARI');
  });

  it('is posted on both, each copy its own delivery, and a later change edits both copies', async () => {
    const people = await seedCommittee(t);
    await t.db.prisma.committee.update({ where: { id: people.committee.id }, data: { teamsConversationId: NUIT_TEAMS } });
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    await distributeAgenda(t.app.services, meeting.id);
    await settleOutbox(t);

    const copies = await t.db.prisma.delivery.findMany({ where: { kind: 'agenda' }, orderBy: { platform: 'asc' } });
    expect(copies.map((c) => [c.idempotencyKey, c.platform, c.target, c.state])).toEqual([
      [`agenda.${meeting.id}`, 'slack', 'C0NUIT', 'sent'],
      [`agenda.${meeting.id}.teams`, 'teams', NUIT_TEAMS, 'sent'],
    ]);
    expect(slackPosts('C0NUIT')).toHaveLength(1);
    expect(JSON.stringify(slackPosts('C0NUIT')[0]!.args.blocks)).toContain('Saksliste');
    expect(agendaCards()).toHaveLength(1);
    expect(cardText(agendaCards()[0]!)).toContain('Saksliste');

    await addItem(t, meeting.id, { type: 'information', title: 'Status for kjernejournal' });
    const slackEdit = await waitFor(() => slackEdits('C0NUIT')[0], 10_000, 'Slack agenda edited');
    const teamsEdit = await waitFor(() => teamsEdits(NUIT_TEAMS)[0], 10_000, 'Teams agenda edited');
    expect(JSON.stringify(slackEdit.args.blocks)).toContain('Status for kjernejournal');
    expect(slackEdit.args.ts).toBe(copies[0]!.platformMessageId);
    expect(cardText(teamsEdit)).toContain('Status for kjernejournal');
    expect(teamsEdit.activityId).toBe(copies[1]!.platformMessageId);
    // Edited, not posted again.
    expect(slackPosts('C0NUIT')).toHaveLength(1);
    expect(agendaCards()).toHaveLength(1);
  });

  it('reaches Teams when Slack refuses the post for good, and the secretariat hears of the Slack copy', async () => {
    const people = await seedCommittee(t);
    await t.db.prisma.committee.update({ where: { id: people.committee.id }, data: { teamsConversationId: NUIT_TEAMS } });
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    t.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'is_archived' } });
    await distributeAgenda(t.app.services, meeting.id);

    await waitFor(() => agendaCards()[0], 10_000, 'Teams agenda');
    const slackCopy = await waitFor(async () => {
      const row = await t.db.prisma.delivery.findUnique({ where: { idempotencyKey: `agenda.${meeting.id}` } });
      return row?.state === 'failed' ? row : null;
    }, 10_000, 'Slack copy failed');
    expect(slackCopy.lastError).toContain('is_archived');
    // The card reaches the fake connector a moment before the worker records its answer.
    await waitFor(async () => (await t.db.prisma.delivery.findUnique({ where: { idempotencyKey: `agenda.${meeting.id}.teams` } }))?.state === 'sent', 10_000, 'Teams copy sent');
    // The refused attempt only: a channel that is archived is not tried again.
    expect(slackPosts('C0NUIT')).toHaveLength(1);
    await waitFor(() => t.db.prisma.delivery.findFirst({ where: { idempotencyKey: `delivery-failure.${slackCopy.id}.${people.kari.id}` } }), 10_000, 'the secretariat told');
  });
});

describe('a committee with both a Slack channel and a Teams conversation: the decisions', () => {
  beforeEach(async () => {
    t = await startTestApp({ app: { clock: () => NOW } });
    await warmUpSlack(t, 'UPSARA');
  });

  it('posts the summary on both, and a correction edits both copies in place', async () => {
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', teamsConversationId: NUIT_TEAMS, prefix: 'P' });
    const recordedById = s.people.secretariat.id;
    await recordDecision(t, { itemId: s.items[1]!.id, recordedById, text: 'NUIT tar saken til orientering.' });
    await publishDecisions(t, s.meeting.id);

    expect(slackPosts('C0NUIT')).toHaveLength(1);
    expect(JSON.stringify(slackPosts('C0NUIT')[0]!.args.blocks)).toContain('NUIT tar saken til orientering.');
    expect(teamsCards(NUIT_TEAMS)).toHaveLength(1);
    expect(cardText(teamsCards(NUIT_TEAMS)[0]!)).toContain('NUIT tar saken til orientering.');
    const copies = await t.db.prisma.delivery.findMany({ where: { kind: 'decision_summary' }, orderBy: { platform: 'asc' } });
    expect(copies.map((c) => [c.idempotencyKey, c.platform, c.state])).toEqual([
      [`decisions.summary.${s.meeting.id}`, 'slack', 'sent'],
      [`decisions.summary.${s.meeting.id}.teams`, 'teams', 'sent'],
    ]);

    const { corrected } = await recordDecision(t, { itemId: s.items[1]!.id, recordedById, text: 'NUIT ber om en ny vurdering.' });
    expect(corrected).toBe(true);
    const slackEdit = await waitFor(() => slackEdits('C0NUIT').at(-1), 10_000, 'Slack summary edited');
    const teamsEdit = await waitFor(() => teamsEdits(NUIT_TEAMS).at(-1), 10_000, 'Teams summary edited');
    expect(slackEdit.args.ts).toBe(copies[0]!.platformMessageId);
    expect(JSON.stringify(slackEdit.args.blocks)).toContain('NUIT ber om en ny vurdering.');
    expect(teamsEdit.activityId).toBe(copies[1]!.platformMessageId);
    expect(cardText(teamsEdit)).toContain('NUIT ber om en ny vurdering.');
    expect(cardText(teamsEdit)).not.toContain('NUIT tar saken til orientering.');
    // The correction ran as its own job, staged with the correction.
    await waitFor(async () => (await t.db.prisma.scheduledJob.count({ where: { name: 'decisions.corrected', state: 'done' } })) === 1, 10_000, 'correction job done');
    expect(slackPosts('C0NUIT')).toHaveLength(1);
    expect(teamsCards(NUIT_TEAMS)).toHaveLength(1);
  });
});

describe('where a person on both platforms gets direct messages', () => {
  beforeEach(async () => {
    t = await startTestApp({ app: { clock: () => NOW } });
    await warmUpSlack(t, 'UPSARA');
  });

  it('is Slack by default, and the platform the person chose with `plattform teams` / `platform slack`', async () => {
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P' });
    // Per (presenter, on both) chooses Teams from Slack, in bokmål.
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UPPER', 'plattform teams'), FORM);
    expect(res.json.text).toBe('Du får direktemeldinger på Teams fra nå av. Innlegg i komiteens kanaler kommer som før.');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: s.people.presenter.id } })).dmPlatform).toBe('teams');
    // Emma (on both, English) asks from Teams and keeps the default.
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:Pemma', aadObjectId: 'aad-Pemma' }, 'platform', 'en-GB'));
    const answer = await waitFor(() => t.connector.repliesIn(dmOf({ id: '29:Pemma' }), before)[0], 10_000, 'Teams answer');
    expect(JSON.stringify(answer.body)).toContain('You get direct messages on Slack.');

    const recordedById = s.people.secretariat.id;
    await recordDecision(t, { itemId: s.items[1]!.id, recordedById, text: 'NUIT tar saken til orientering.' });
    await recordDecision(t, { itemId: s.items[2]!.id, recordedById, text: 'NUIT ber direktoratet ta innspillene med i videre arbeid.' });
    await publishDecisions(t, s.meeting.id);

    // Per's decision message on Teams only; Emma's on Slack only.
    const toPer = teamsCards(dmOf({ id: '29:Pper' }));
    expect(toPer).toHaveLength(1);
    expect(cardText(toPer[0]!)).toContain('NUIT tar saken til orientering.');
    expect(slackPosts('UPPER')).toHaveLength(0);
    expect(slackPosts('UPEMMA')).toHaveLength(1);
    expect(slackPosts('UPEMMA')[0]!.args.text).toBe('Decision on item 13/26: NUIT ber direktoratet ta innspillene med i videre arbeid.');
    expect(teamsCards(dmOf({ id: '29:Pemma' })).slice(1)).toHaveLength(0);
    const rows = await t.db.prisma.delivery.findMany({ where: { kind: 'decision_to_presenter' }, orderBy: { target: 'asc' } });
    expect(rows.map((r) => [r.platform, r.target])).toEqual([
      ['teams', '29:Pper'],
      ['slack', 'UPEMMA'],
    ]);

    // Back to Slack, in English this time, from Slack.
    const back = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UPEMMA', 'platform teams'), FORM);
    expect(back.json.text).toBe('You will get direct messages on Teams from now on. Posts in the committee channels come as before.');
  });

  it('can only be a platform the person is on', async () => {
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P' });
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UPALI', 'plattform teams'), FORM);
    expect(res.json.text).toContain('Du er ikke på Teams i medlemsregisteret');
    const wrong = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UPALI', 'plattform e-post'), FORM);
    expect(wrong.json.text).toContain('Skriv «plattform slack» eller «plattform teams».');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: s.people.absentee.id } })).dmPlatform).toBeNull();
  });
});
