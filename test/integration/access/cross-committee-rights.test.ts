import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionActionIds, DecisionFormIds } from '../../../src/decisions/ids.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { PortfolioActions } from '../../../src/portfolio/ids.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { NOW, seedCommittee, type Seed } from '../decisions/seed-decisions.js';

// HELSE's secretariat (Sara on Slack in bokmål, Tom on Teams in English) against NUIT's meeting, agenda and decisions,
// and against the national portfolio, which belongs to NUIT: every attempt is refused in the person's language,
// audited, and leaves the database as it was.
let t: TestApp;
let nuit: Seed;
let helse: Seed;
let roundId: string;
let initiativeId: string;
const FORM = 'application/x-www-form-urlencoded';
const tom = { id: '29:Htom', aadObjectId: 'aad-Htom' };

beforeAll(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  nuit = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'N', nextMeeting: true });
  helse = await seedCommittee(t, { key: 'HELSE', slackChannelId: 'C0HELSE', prefix: 'H' });
  const db = t.db.prisma;
  const org = await db.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
  initiativeId = (await db.initiative.create({ data: { key: 'epj', name: 'EPJ-løftet', organisationId: org.id, ownerId: nuit.people.member.id, segment: 'samstyring', state: 'active' } })).id;
  roundId = (await db.reportingRound.create({ data: { label: 'Q2 2026', quarter: 2, year: 2026, cutoffDate: new Date('2026-06-30'), dueDate: new Date('2026-08-15') } })).id;
  await postSlack(t.url, SLACK_SECRET, slashCommandBody('UHSARA', 'help'), FORM); // warm up
});
afterAll(async () => t?.close());

const actors = () => [helse.people.secretariat.id, helse.people.secretariatEn.id];

/** Everything the attempts could change: NUIT's meetings and agenda, decisions, rounds, jobs, fan-outs and messages to others. */
async function snapshot() {
  const db = t.db.prisma;
  return {
    meetings: await db.meeting.findMany({ orderBy: { id: 'asc' } }),
    items: await db.agendaItem.findMany({ orderBy: { id: 'asc' } }),
    decisions: await db.decision.count(),
    attendances: await db.attendance.count(),
    followUps: await db.followUp.count(),
    rounds: await db.reportingRound.findMany({ orderBy: { id: 'asc' } }),
    jobs: await db.scheduledJob.count(),
    fanOuts: await db.fanOut.count(),
    toOthers: await db.delivery.count({ where: { OR: [{ personId: null }, { personId: { notIn: actors() } }] } }),
  };
}

/** The refusals audited for a person after `since`, as permission and code. */
async function refusalsOf(personId: string, since: Date) {
  const rows = await t.db.prisma.auditLog.findMany({ where: { actorId: personId, action: 'access.refused', at: { gte: since } }, orderBy: { at: 'asc' } });
  return rows.map((r) => r.details as { permission: string; refusal: string });
}

/** Waits until `count` refusals of the person are audited (clicks are answered before the turn runs). */
const audited = (personId: string, since: Date, count: number) =>
  waitFor(async () => ((await refusalsOf(personId, since)).length >= count ? refusalsOf(personId, since) : null), 10_000, `${count} refusals`);

const slackClick = (actionId: string, payload: object) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UHSARA', `${actionId}#0`, JSON.stringify(payload), 'DUHSARA')), FORM);
const slackSubmit = (callbackId: string, context: object, firstField: string, values: Record<string, Record<string, unknown>>) => {
  const payload = viewSubmissionPayload('UHSARA', { callback_id: callbackId, private_metadata: JSON.stringify(context), values });
  (payload.view as Record<string, unknown>).blocks = [{ type: 'input', block_id: firstField, element: { type: 'plain_text_input', action_id: firstField } }];
  return postSlack(t.url, SLACK_SECRET, interactionBody(payload), FORM);
};
const slackText = (id: string, value: string) => ({ [id]: { [id]: { type: 'plain_text_input', value } } });
const teamsClick = (verb: string, payload: object) => postActivity(t.url, cardActionActivity(t.connector.url, tom, verb, { _payload: payload }, 'en-GB'));
const teamsSubmit = (formId: string, context: object, inputs: Record<string, string>) =>
  postActivity(t.url, cardActionActivity(t.connector.url, tom, formId, { _formId: formId, _context: context, _multi: [], ...inputs }, 'en-GB'));
/** Everything the bot said to Tom after `before` (card answers and sent messages). */
const saidToTom = (before: number, responses: { json: unknown }[]) => JSON.stringify([...responses.map((r) => r.json), ...t.connector.sent().slice(before).map((s) => s.body)]);
const formsOpened = () => t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === 'trigger-UHSARA').length;

const MANAGE = { permission: 'manage_meeting', refusal: 'not_committee_secretariat' };

describe('agenda actions on another committee’s meeting', () => {
  it('Slack: add, edit, move, remove and a forged item form are refused in bokmål; nothing changes; each is audited', async () => {
    const since = new Date();
    const before = await snapshot();
    const item = nuit.items[2]!.id;
    await slackClick(MeetingActionIds.addItem, { meetingId: nuit.next!.id });
    for (const action of [MeetingActionIds.editItem, MeetingActionIds.moveItemUp, MeetingActionIds.moveItemDown, MeetingActionIds.removeItem]) await slackClick(action, { itemId: item });
    // A click is answered before its turn runs: the five turns end before the form comes, so that it is not
    // answered "working on it" for finding every turn slot taken (turn-slots.ts), which is not what this checks.
    await audited(helse.people.secretariat.id, since, 5);
    const res = await slackSubmit(MeetingFormIds.item, { meetingId: nuit.next!.id }, 'title', { ...slackText('title', 'Innsmett sak'), ...slackText('type', 'discussion') });
    expect(JSON.stringify(res.json)).toContain('Bare sekretariatet for utvalget kan gjøre dette.');
    expect(await audited(helse.people.secretariat.id, since, 6)).toEqual(Array(6).fill(MANAGE));
    expect(formsOpened()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('Teams: the same attempts are refused in English and nothing changes', async () => {
    const since = new Date();
    const before = await snapshot();
    const sent = t.connector.sent().length;
    const item = nuit.items[2]!.id;
    const responses = [await teamsClick(MeetingActionIds.addItem, { meetingId: nuit.next!.id })];
    for (const action of [MeetingActionIds.editItem, MeetingActionIds.moveItemUp, MeetingActionIds.moveItemDown, MeetingActionIds.removeItem]) responses.push(await teamsClick(action, { itemId: item }));
    responses.push(await teamsSubmit(MeetingFormIds.item, { meetingId: nuit.next!.id }, { title: 'Sneaked in', type: 'discussion' }));
    expect(await audited(helse.people.secretariatEn.id, since, 6)).toEqual(Array(6).fill(MANAGE));
    expect(saidToTom(sent, responses)).toContain('Only the committee’s secretariat can do this.');
    expect(saidToTom(sent, responses)).not.toContain('Bare sekretariatet');
    expect(await snapshot()).toEqual(before);
  });
});

const DECIDE = { permission: 'record_decisions', refusal: 'not_decision_secretariat' };

describe('decision actions on another committee’s meeting', () => {
  it('Slack: record, attendance, publish (button and command) and a forged decision form are refused in bokmål; nothing changes', async () => {
    const since = new Date();
    const before = await snapshot();
    await slackClick(DecisionActionIds.record, { itemId: nuit.items[1]!.id });
    await slackClick(DecisionActionIds.attendance, { meetingId: nuit.meeting.id });
    await slackClick(DecisionActionIds.publish, { meetingId: nuit.meeting.id });
    // The clicks' turns end first (a click is answered before its turn runs; see the agenda test above).
    await audited(helse.people.secretariat.id, since, 3);
    const command = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UHSARA', 'vedtak publiser NUIT 2/2026'), FORM);
    expect(command.json.text).toBe('Bare sekretariatet for utvalget kan registrere og publisere vedtak.');
    const res = await slackSubmit(DecisionFormIds.decision, { itemId: nuit.items[1]!.id }, 'decision', { decision: { v: { type: 'plain_text_input', value: 'HELSE bestemmer for NUIT.' } } });
    expect(res.json).toEqual({ response_action: 'errors', errors: { decision: 'Bare sekretariatet for utvalget kan registrere og publisere vedtak.' } });
    expect(await audited(helse.people.secretariat.id, since, 5)).toEqual(Array(5).fill(DECIDE));
    expect(formsOpened()).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('Teams: the same attempts are refused in English and nothing changes', async () => {
    const since = new Date();
    const before = await snapshot();
    const sent = t.connector.sent().length;
    const responses = [
      await teamsClick(DecisionActionIds.record, { itemId: nuit.items[1]!.id }),
      await teamsClick(DecisionActionIds.attendance, { meetingId: nuit.meeting.id }),
      await teamsClick(DecisionActionIds.publish, { meetingId: nuit.meeting.id }),
      await postActivity(t.url, messageActivity(t.connector.url, tom, 'decisions publish NUIT 2/2026', 'en-GB')),
      await teamsSubmit(DecisionFormIds.decision, { itemId: nuit.items[1]!.id }, { decision: 'HELSE decides for NUIT.' }),
    ];
    expect(await audited(helse.people.secretariatEn.id, since, 5)).toEqual(Array(5).fill(DECIDE));
    expect(saidToTom(sent, responses)).toContain('Only the committee’s secretariat can record and publish decisions.');
    expect(await snapshot()).toEqual(before);
  });
});

const ROUND = { permission: 'manage_round', refusal: 'not_portfolio_secretariat' };

describe('the national portfolio round, which belongs to NUIT', () => {
  it('Slack: another committee’s secretariat cannot remind owners from the progress buttons; nothing is sent', async () => {
    const since = new Date();
    const before = await snapshot();
    await slackClick(PortfolioActions.remindAll, { roundId });
    await slackClick(PortfolioActions.remindOne, { roundId, initiativeId });
    expect(await audited(helse.people.secretariat.id, since, 2)).toEqual([ROUND, ROUND]);
    expect(await snapshot()).toEqual(before);
  });

  it('Teams: open, status, close, summary and the remind buttons are refused in English; the round stays open', async () => {
    const since = new Date();
    const before = await snapshot();
    const sent = t.connector.sent().length;
    const responses = [];
    for (const words of ['round open "Q3 2026" 2026-09-30 2026-10-20', 'round status', 'round close', 'round summary']) {
      responses.push(await postActivity(t.url, messageActivity(t.connector.url, tom, words, 'en-GB')));
    }
    responses.push(await teamsClick(PortfolioActions.remindAll, { roundId }), await teamsClick(PortfolioActions.remindOne, { roundId, initiativeId }));
    expect(await audited(helse.people.secretariatEn.id, since, 6)).toEqual(Array(6).fill(ROUND));
    expect(saidToTom(sent, responses)).toContain('Only the secretariat can do this.');
    expect(await snapshot()).toEqual(before);
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: roundId } })).state).toBe('open');
  });
});
