import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortfolioActions, PortfolioForms } from '../../../src/portfolio/ids.js';
import { remindNow } from '../../../src/portfolio/remind-now.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { openRound } from '../../helpers/fixtures/open-round.js';
import { seedPeople } from '../../helpers/fixtures/seed-people.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

let now: Date;
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let epj: { id: string };
let hp: { id: string };
const FORM = 'application/x-www-form-urlencoded';
const erikTeams = { id: '29:erik', aadObjectId: 'aad-erik' };
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const click = (user: string, actionId: string, value: string) => postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, value)), FORM);
const teamsSay = async (text: string) => {
  const before = t.connector.sent().length;
  await postActivity(t.url, messageActivity(t.connector.url, erikTeams, text, 'en-GB'));
  return JSON.stringify(t.connector.sent().slice(before).map((c) => c.body));
};
/** The bot's answers in the Slack DM where buttons are pressed, after `from`. */
const dmAnswers = (from: number) => t.slack.callsTo('chat.postMessage').slice(from).filter((c) => c.args.channel === 'D0DM').map((c) => String(c.args.text));
const reminders = (personId: string) => t.db.prisma.delivery.count({ where: { kind: 'portfolio_reminder', personId } });

// Each test gets its own app and database with the people and initiatives below, and opens the rounds it needs itself.
beforeEach(async () => {
  now = new Date('2026-06-25T10:00:00Z');
  t = await startTestApp({ app: { clock: () => now } });
  s = await seedPeople(t);
  const db = t.db.prisma;
  // Erik: English-speaking secretariat member, on both Slack and Teams.
  const erik = await db.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', slackUserId: 'UERIK', teamsUserId: erikTeams.id, aadObjectId: erikTeams.aadObjectId } });
  // Rounds are the portfolio secretariat's: the secretariat of the committee that treats the portfolio (NUIT).
  await db.membership.create({ data: { committeeId: s.nuit.id, personId: erik.id, role: 'secretariat' } });
  epj = await db.initiative.create({ data: { key: 'epj-loftet', name: 'EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active' } });
  hp = await db.initiative.create({ data: { key: 'helseplattformen', name: 'Helseplattformen', organisationId: s.hmn.id, ownerId: s.emma.id, segment: 'samstyring', state: 'active' } });
  await db.initiative.create({ data: { key: 'planlagt', name: 'Et planlagt tiltak', organisationId: s.hdir.id, ownerId: s.per.id, segment: 'orientering', state: 'planned' } });
  const q1 = await db.reportingRound.create({ data: { label: 'Q1 2026', quarter: 1, year: 2026, cutoffDate: new Date('2026-03-31'), dueDate: new Date('2026-05-10'), state: 'closed' } });
  for (const i of [epj, hp]) {
    await db.statusReport.create({
      data: { roundId: q1.id, initiativeId: i.id, state: 'submitted', overall: 'green', risk: 'green', budgetMnok: 100.5, costsMnok: 3.25, opexChangeMnok: -1.5, lifecycle: 'active', submittedAt: new Date('2026-05-01') },
    });
  }
  await warmUpSlack(t, 'UERIK');
});
afterEach(async () => t?.close());

/** Round "Q2 2026" with planned initiatives (cut-off 30 June, due 15 August 2026), as the first test opens it from Slack. */
const openQ2 = () => openRound(t, 'Q2 2026', '2026-06-30', '2026-08-15', { includePlanned: true });

describe('opening a round in English', () => {
  it('from Slack: the answer is in English, planned initiatives are asked when the secretariat says so, each owner in their language', async () => {
    const res = await slash('UERIK', 'round open "Q2 2026" 2026-06-30 2026-08-15 with-planned');
    expect(res.json.text).toBe('The round "Q2 2026" is open, due 15 August 2026. 3 initiative owners have been asked to report.');
    const round = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q2 2026' } });
    expect([round.quarter, round.year, round.includePlanned]).toEqual([2, 2026, true]);
    const per = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UPER'), 10_000, 'invite to Per');
    expect(per.args.text).toContain('Det er tid for statusrapport for *Et planlagt tiltak*');
    const kari = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI'), 10_000, 'invite to Kari');
    expect(kari.args.text).toContain('Frist: *15. august 2026*');
    const emma = await waitFor(() => t.connector.sent().find((c) => c.conversationId === 'a:dm-29:emma'), 10_000, 'invite to Emma');
    expect(JSON.stringify(emma.body)).toContain('It is time for the status report of **Helseplattformen**');
  });

  it('from Teams: the answer is in English, planned initiatives are left out, bad arguments are explained in English', async () => {
    const q2 = await openQ2();
    expect(await teamsSay('round open Q4')).toContain('Type for example: round open Q2 2026 30.06.2026 15.08.2026');
    const answer = await teamsSay('round open "Q3 2026" 2026-09-30 2026-11-13');
    expect(answer).toContain('The round \\"Q3 2026\\" is open, due 13 November 2026. 2 initiative owners have been asked to report.');
    const q3 = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q3 2026' } });
    expect([q3.quarter, q3.includePlanned]).toEqual([3, false]);
    await waitFor(async () => (await t.db.prisma.delivery.count({ where: { kind: 'portfolio_invite', idempotencyKey: { contains: q3.id } } })) === 2, 10_000, 'Q3 invites');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'portfolio_invite', personId: s.per.id } })).toBe(1);
  });

  it('pre-fills amounts with a decimal point for an English owner', async () => {
    const q2 = await openQ2();
    const before = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:emma', aadObjectId: 'aad-emma' }, PortfolioActions.openReport, { _payload: { roundId: q2.id, initiativeId: hp.id } }, 'en-GB'));
    const form = t.connector.sent().slice(before).find((c) => JSON.stringify(c.body).includes(PortfolioForms.report))!;
    const body = form.body.attachments[0].content.body as any[];
    expect(['budget', 'costs', 'opex'].map((id) => body.find((b) => b.id === id)?.value)).toEqual(['100.5', '3.25', '-1.5']);
  });
});

describe('the secretariat reminds one owner now', () => {
  it('in Slack: only the chosen owner, once a day; a second press the same day says so; the next day it goes again', async () => {
    const q2 = await openQ2();
    const status = await slash('UERIK', 'round status Q2 2026');
    const buttons = status.json.blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => String(e.action_id).startsWith(PortfolioActions.remindOne));
    expect(buttons.map((b: any) => b.text.text)).toEqual(['Remind EPJ-løftet', 'Remind Et planlagt tiltak', 'Remind Helseplattformen']);
    const value = buttons[0].value as string;
    expect(JSON.parse(value)).toEqual({ roundId: q2.id, initiativeId: epj.id });

    let from = t.slack.callsTo('chat.postMessage').length;
    await click('UERIK', PortfolioActions.remindOne, value);
    await waitFor(() => dmAnswers(from).includes('Reminder sent to Kari Nordmann about "EPJ-løftet".'), 10_000, 'confirmation');
    const dm = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).startsWith('Påminnelse')), 10_000, 'reminder to Kari');
    expect(dm.args.text).toContain('Påminnelse: statusrapporten for *EPJ-løftet* (Q2 2026) har frist *15. august 2026*');

    from = t.slack.callsTo('chat.postMessage').length;
    await click('UERIK', PortfolioActions.remindOne, value);
    await waitFor(() => dmAnswers(from).includes('Kari Nordmann was already reminded about "EPJ-løftet" today.'), 10_000, 'already today');
    expect([await reminders(s.kari.id), await reminders(s.emma.id), await reminders(s.per.id)]).toEqual([1, 0, 0]);
    const keys = (await t.db.prisma.delivery.findMany({ where: { kind: 'portfolio_reminder' } })).map((d) => d.idempotencyKey);
    expect(keys).toEqual([`portfolio.remind-now.${q2.id}.${epj.id}.${s.kari.id}.2026-06-25`]);

    now = new Date('2026-06-26T07:00:00Z');
    from = t.slack.callsTo('chat.postMessage').length;
    await click('UERIK', PortfolioActions.remindOne, value);
    await waitFor(() => dmAnswers(from).includes('Reminder sent to Kari Nordmann about "EPJ-løftet".'), 10_000, 'next day');
    expect(await reminders(s.kari.id)).toBe(2);
  });

  it('in Teams: the chosen owner is reminded in their language, the second press says it was already sent today', async () => {
    const q2 = await openQ2();
    const press = () => postActivity(t.url, cardActionActivity(t.connector.url, erikTeams, PortfolioActions.remindOne, { _payload: { roundId: q2.id, initiativeId: hp.id } }, 'en-GB'));
    expect((await press()).json.value).toBe('Reminder sent to Emma Hansen about "Helseplattformen".');
    const reminder = await waitFor(() => t.connector.sent().find((c) => c.conversationId === 'a:dm-29:emma' && JSON.stringify(c.body).includes('Reminder: the status report for **Helseplattformen**')), 10_000, 'reminder to Emma');
    expect(JSON.stringify(reminder.body)).toContain(PortfolioActions.openReport);
    expect((await press()).json.value).toBe('Emma Hansen was already reminded about "Helseplattformen" today.');
    expect([await reminders(s.emma.id), await reminders(s.per.id)]).toEqual([1, 0]);
  });

  it('refuses the button to someone who is not secretariat', async () => {
    const q2 = await openQ2();
    // Emma has been reminded once already today.
    await remindNow(t.app.services, await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: q2.id } }), hp.id);
    await settleOutbox(t);
    const from = t.slack.callsTo('chat.postMessage').length;
    await click('UKARI', PortfolioActions.remindOne, JSON.stringify({ roundId: q2.id, initiativeId: hp.id }));
    await waitFor(() => dmAnswers(from).includes('Bare sekretariatet kan gjøre dette.'), 10_000, 'refusal');
    expect(await reminders(s.emma.id)).toBe(1);
  });
});
