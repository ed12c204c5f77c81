import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DependencyActionIds, DependencyFormIds } from '../../../src/dependencies/ids.js';
import { PortfolioActions, PortfolioForms } from '../../../src/portfolio/ids.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { fileReport } from '../../helpers/fixtures/file-report.js';
import { openRound } from '../../helpers/fixtures/open-round.js';
import { seedPeople, slackValues } from '../../helpers/fixtures/seed-people.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2026-06-25T10:00:00Z');
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let epj: { id: string };
let hp: { id: string };
const FORM = 'application/x-www-form-urlencoded';
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const click = (user: string, actionId: string, payload: object) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, JSON.stringify(payload))), FORM);
const submit = (user: string, formId: string, context: object, values: Record<string, string | string[] | null>) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: formId, private_metadata: JSON.stringify(context), values: slackValues(values) })), FORM);
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };

// Each test gets its own app and database with the people, initiatives and Q1 report below, and opens the round it needs itself.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedPeople(t);
  const db = t.db.prisma;
  epj = await db.initiative.create({ data: { key: 'epj-loftet', name: 'EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active', mainGoal: 2, sdgs: [3] } });
  hp = await db.initiative.create({ data: { key: 'helseplattformen', name: 'Helseplattformen', organisationId: s.hmn.id, ownerId: s.emma.id, segment: 'koordinering', state: 'active' } });
  await db.initiative.create({ data: { key: 'logganalyse', name: 'Statistisk logganalyse', organisationId: s.hdir.id, ownerId: s.per.id, segment: 'orientering', state: 'paused' } });
  await db.initiative.create({ data: { key: 'planlagt', name: 'Et planlagt tiltak', organisationId: s.hdir.id, ownerId: s.per.id, segment: 'orientering', state: 'planned' } });
  const q1 = await db.reportingRound.create({ data: { label: 'Q1 2026', quarter: 1, year: 2026, cutoffDate: new Date('2026-03-31'), dueDate: new Date('2026-05-10'), state: 'closed' } });
  await db.statusReport.create({
    data: { roundId: q1.id, initiativeId: epj.id, state: 'submitted', overall: 'yellow', risk: 'yellow', narrative: 'Forsinket leveranse fra leverandør', budgetMnok: 100.5, lifecycle: 'active', submittedAt: new Date('2026-05-01') },
  });
  await warmUpSlack(t, 'USARA');
});
afterEach(async () => t?.close());

/** Round "Q2 2026" (cut-off 30 June, due 15 August 2026), opened by the secretariat as the second test does. */
const openQ2 = async () => (await openRound(t, 'Q2 2026', '2026-06-30', '2026-08-15')).id;
/** Kari's report for EPJ-løftet, as the valid submission below. */
const kariReport = { overall: 'red', risk: 'yellow', narrative: 'Innføring forsinket', budget: '12,5', costs: '3', opex: '-1,25', lifecycle: 'active', mainGoal: '2', sdgs: ['3', '9'], mode: 'submit' };

describe('a reporting round through Slack and Teams', () => {
  it('refuses to open a round for someone who is not secretariat', async () => {
    const res = await slash('UKARI', 'runde åpne "Q2 2026" 2026-06-30 2026-08-15');
    expect(res.json.text).toContain('Bare sekretariatet');
    expect(await t.db.prisma.reportingRound.count({ where: { label: 'Q2 2026' } })).toBe(0);
  });

  it('opens a round: active owners are asked on their platform, paused and planned are not, reminders are scheduled', async () => {
    const res = await slash('USARA', 'runde åpne "Q2 2026" 2026-06-30 2026-08-15');
    expect(res.json.text).toContain('«Q2 2026» er åpnet med frist 15. august 2026. 2 tiltakseiere');
    const round = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q2 2026' } });
    const roundId = round.id;
    expect([round.quarter, round.year, round.includePlanned]).toEqual([2, 2026, false]);
    const dm = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI'), 10_000, 'invite to Kari');
    expect(dm.args.text).toContain('EPJ-løftet');
    expect(dm.args.text).toContain('15. august 2026');
    const button = dm.args.blocks.flatMap((b: any) => b.elements ?? []).find((e: any) => String(e.action_id).startsWith(PortfolioActions.openReport));
    expect(JSON.parse(button.value)).toEqual({ roundId, initiativeId: epj.id });
    const teams = await waitFor(() => t.connector.sent().find((c) => c.conversationId === 'a:dm-29:emma'), 10_000, 'invite to Emma');
    const card = JSON.stringify(teams.body.attachments[0].content);
    expect(card).toContain('Portfolio reporting Q2 2026');
    expect(card).toContain(PortfolioActions.openReport);
    expect(t.slack.callsTo('chat.postMessage').some((c) => c.args.channel === 'UPER')).toBe(false);
    const jobs = await t.db.prisma.scheduledJob.findMany({ where: { subjectId: roundId }, orderBy: { runAt: 'asc' } });
    // Due Saturday 15 August 2026: reminders 5 and 1 working days before, escalation the next working day, 09:00 Oslo.
    expect(jobs.map((j) => [j.name, j.runAt.toISOString()])).toEqual([
      ['portfolio-round-reminder', '2026-08-10T07:00:00.000Z'],
      ['portfolio-round-reminder', '2026-08-14T07:00:00.000Z'],
      ['portfolio-round-escalation', '2026-08-17T07:00:00.000Z'],
    ]);
  });

  it('opens the form from the DM button, filled in from the previous report', async () => {
    const roundId = await openQ2();
    await click('UKARI', PortfolioActions.openReport, { roundId, initiativeId: epj.id });
    const open = await waitFor(() => t.slack.callsTo('views.open').at(-1), 10_000, 'modal');
    const view = open.args.view;
    expect(view.callback_id).toBe(PortfolioForms.report);
    const block = (id: string) => view.blocks.find((b: any) => b.block_id === id);
    expect(block('narrative').element.initial_value).toBe('Forsinket leveranse fra leverandør');
    expect(block('overall').element.initial_option.value).toBe('yellow');
    expect(block('budget').element.initial_value).toBe('100,5'); // a decimal comma for a bokmål user
    expect(block('risk')).toBeTruthy();
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('refuses red without a narrative and a malformed number, on the fields, in bokmål', async () => {
    const roundId = await openQ2();
    const res = await submit('UKARI', PortfolioForms.report, { roundId, initiativeId: epj.id }, { overall: 'red', risk: 'green', narrative: null, budget: '12,5x', lifecycle: 'active', mode: 'submit' });
    expect(res.json.response_action).toBe('errors');
    expect(res.json.errors.narrative).toContain('Beskriv hva som er forsinket');
    expect(res.json.errors.budget).toContain('«12,5x» er ikke et tall');
    expect(await t.db.prisma.statusReport.count({ where: { roundId } })).toBe(0);
  });

  it('accepts a valid report with a Norwegian decimal comma, keeps a version and goes on to the dependencies', async () => {
    const roundId = await openQ2();
    const res = await submit('UKARI', PortfolioForms.report, { roundId, initiativeId: epj.id }, {
      overall: 'red', risk: 'yellow', narrative: 'Innføring forsinket', budget: '12,5', costs: '3', opex: '-1,25', lifecycle: 'active', mainGoal: '2', sdgs: ['3', '9'], mode: 'submit',
    });
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBeUndefined();
    const report = await t.db.prisma.statusReport.findUniqueOrThrow({ where: { roundId_initiativeId: { roundId, initiativeId: epj.id } }, include: { versions: true } });
    expect([report.state, report.overall, report.risk, Number(report.budgetMnok), Number(report.opexChangeMnok), report.sdgs]).toEqual(['submitted', 'red', 'yellow', 12.5, -1.25, [3, 9]]);
    expect(report.versions).toHaveLength(1);
    const dm = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('sendt inn')), 10_000, 'confirmation');
    expect(JSON.stringify(dm.args.blocks)).toContain('Legg til avhengighet');
  });

  it('keeps the history when the owner corrects the report', async () => {
    const roundId = await openQ2();
    await fileReport(t, { roundId, initiativeId: epj.id, actorId: s.kari.id, values: kariReport });
    await submit('UKARI', PortfolioForms.report, { roundId, initiativeId: epj.id }, { overall: 'yellow', risk: 'yellow', narrative: 'Rettet: litt bedre', budget: '12,5', lifecycle: 'active', mode: 'submit' });
    const versions = await t.db.prisma.statusReportVersion.findMany({ where: { report: { roundId, initiativeId: epj.id } }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, (v.snapshot as { overall: string }).overall])).toEqual([[1, 'red'], [2, 'yellow']]);
    const report = await t.db.prisma.statusReport.findFirstOrThrow({ where: { roundId, initiativeId: epj.id } });
    expect(report.narrative).toBe('Rettet: litt bedre');
  });

  it('refuses a stranger clearly', async () => {
    const roundId = await openQ2();
    await click('USTIAN', PortfolioActions.openReport, { roundId, initiativeId: epj.id });
    const refusal = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'D0DM' && String(c.args.text).includes('EPJ-løftet')), 10_000, 'refusal');
    expect(refusal.args.text).toContain('Du kan ikke rapportere for «EPJ-løftet»');
    const res = await submit('USTIAN', PortfolioForms.report, { roundId, initiativeId: epj.id }, { overall: 'green', risk: 'green', lifecycle: 'active', mode: 'submit' });
    expect(res.status).toBe(200);
    expect(await t.db.prisma.statusReportVersion.count({ where: { submittedById: s.stian.id } })).toBe(0);
  });

  it('adds a dependency in the second step: a past due date is refused, a red one is recorded and its owner told', async () => {
    // The first step: Kari has submitted her report for the round.
    await fileReport(t, { roundId: await openQ2(), initiativeId: epj.id, actorId: s.kari.id, values: kariReport });
    await click('UKARI', DependencyActionIds.add, { initiativeId: epj.id });
    const open = await waitFor(() => t.slack.callsTo('views.open').find((c) => c.args.view.callback_id === DependencyFormIds.dependency), 10_000, 'dependency modal');
    expect(open.args.view.blocks.length).toBeLessThanOrEqual(100);
    const values = { description: 'Reseptformidleren versjon 4.12', category: 'national_solutions', provider: 'Helseplattformen', criticality: 'high', status: 'red', dueDate: '2026-01-31', resolved: 'open' };
    const refused = await submit('UKARI', DependencyFormIds.dependency, { initiativeId: epj.id }, values);
    expect(refused.json.errors.dueDate).toContain('Fristen har passert');
    const ok = await submit('UKARI', DependencyFormIds.dependency, { initiativeId: epj.id }, { ...values, dueDate: '2026-08-31' });
    expect(ok.json?.response_action).toBeUndefined();
    const dep = await t.db.prisma.dependency.findFirstOrThrow({ where: { initiativeId: epj.id }, include: { changes: true } });
    expect(dep.providerInitiativeId).toBe(hp.id);
    expect(dep.redSince?.toISOString()).toBe(NOW.toISOString());
    expect(dep.changes.find((c) => c.field === 'status')).toMatchObject({ fromValue: null, toValue: 'red', changedById: s.kari.id });
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('er nå rød')), 10_000, 'red notice');
    // Marking it green clears redSince and records the change.
    await submit('UKARI', DependencyFormIds.dependency, { initiativeId: epj.id, dependencyId: dep.id }, { ...values, dueDate: '2026-08-31', status: 'green' });
    const after = await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id }, include: { changes: { orderBy: { at: 'asc' } } } });
    expect(after.redSince).toBeNull();
    expect(after.changes.filter((c) => c.field === 'status').map((c) => c.toValue)).toEqual(['red', 'green']);
  });

  it('in Teams: opens the form, refuses with typed values kept in English, and saves a draft', async () => {
    const roundId = await openQ2();
    const before = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioActions.openReport, { _payload: { roundId, initiativeId: hp.id } }, 'en-GB'));
    const formCard = t.connector.sent().slice(before).find((c) => JSON.stringify(c.body).includes(PortfolioForms.report));
    expect(formCard).toBeTruthy();
    const submitData = (values: Record<string, string>) => ({ _formId: PortfolioForms.report, _context: { roundId, initiativeId: hp.id }, _multi: ['sdgs'], ...values });
    const rejected = await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioForms.report, submitData({ overall: 'yellow', risk: 'red', narrative: '', opex: 'abc', lifecycle: 'active', mode: 'submit' })));
    const card = JSON.stringify(rejected.json.value);
    expect(card).toContain('Describe what is late and why');
    expect(card).toContain('\\"abc\\" is not a number');
    const opex = rejected.json.value.body.find((b: any) => b.id === 'opex');
    expect(opex.value).toBe('abc');
    expect(rejected.json.value.body.find((b: any) => b.id === 'risk').value).toBe('red');
    const draft = await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioForms.report, submitData({ overall: 'yellow', narrative: 'Halvferdig', lifecycle: 'active', mode: 'draft' })));
    expect(JSON.stringify(draft.json.value)).toContain('The draft for **Helseplattformen** is saved');
    const report = await t.db.prisma.statusReport.findFirstOrThrow({ where: { roundId, initiativeId: hp.id } });
    expect(report.state).toBe('draft');
    expect(report.submittedAt).toBeNull();
    expect((report.draft as { narrative: string }).narrative).toBe('Halvferdig');
  });

  it('shows the secretariat the progress in Teams and reminds the missing owner now', async () => {
    const roundId = await openQ2();
    await fileReport(t, { roundId, initiativeId: epj.id, actorId: s.kari.id, values: kariReport });
    await fileReport(t, { roundId, initiativeId: hp.id, actorId: s.emma.id, values: { overall: 'yellow', narrative: 'Halvferdig', lifecycle: 'active', mode: 'draft' } });
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:sara', aadObjectId: 'aad-sara' }, 'runde status'));
    // The round's invitations may still be arriving from the fan-out: the answer is the one in Sara's chat.
    const reply = t.connector.sent().slice(before).find((c) => c.conversationId === 'a:dm-29:sara');
    const card = JSON.stringify(reply!.body.attachments[0].content);
    expect(card).toContain('Innsendt: 1 · Utkast: 1 · Mangler: 0');
    expect(card).toContain('✅ **EPJ-løftet** – Kari Nordmann (innsendt)');
    expect(card).toContain('📝 **Helseplattformen** – Emma Hansen (utkast)');
    expect(card).toContain(PortfolioActions.remindAll);
    const sentBefore = t.connector.sent().filter((c) => c.conversationId === 'a:dm-29:emma').length;
    await postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:sara', aadObjectId: 'aad-sara' }, PortfolioActions.remindAll, { _payload: { roundId } }));
    await postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:sara', aadObjectId: 'aad-sara' }, PortfolioActions.remindAll, { _payload: { roundId } }));
    const reminders = await waitFor(() => {
      const list = t.connector.sent().filter((c) => c.conversationId === 'a:dm-29:emma');
      return list.length > sentBefore ? list.slice(sentBefore) : null;
    }, 10_000, 'reminder to Emma');
    expect(JSON.stringify(reminders[0]!.body)).toContain('Reminder: the status report for **Helseplattformen**');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'portfolio_reminder', personId: s.emma.id } })).toBe(1);
  });
});

describe('a round opened after its due date', () => {
  it('asks the owners but schedules no reminder or escalation whose time has passed', async () => {
    // Due Wednesday 10 June 2026: reminders 3 and 9 June and the escalation 11 June all lie before NOW (25 June).
    const res = await slash('USARA', 'runde åpne "Etterslep 2026" 2026-05-31 2026-06-10');
    expect(res.json.text).toContain('«Etterslep 2026» er åpnet med frist 10. juni 2026. 2 tiltakseiere');
    const late = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Etterslep 2026' } });
    expect(await t.db.prisma.scheduledJob.count({ where: { subjectId: late.id } })).toBe(0);
    // The invitations are written by the fan-out job, after the turn.
    const invites = await waitFor(async () => { const rows = await t.db.prisma.delivery.findMany({ where: { kind: 'portfolio_invite', idempotencyKey: { startsWith: `portfolio.invite.${late.id}.` } } }); return rows.length === 2 ? rows : null; }, 10_000, 'two invitations');
    expect(invites.map((d) => d.personId).sort()).toEqual([s.emma.id, s.kari.id].sort());
    expect(await t.db.prisma.delivery.count({ where: { kind: { in: ['portfolio_contact_notice', 'portfolio_missing'] } } })).toBe(0);
  });
});
