import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redHighCriticalityLines } from '../../../src/dependencies/red-high-criticality-lines.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { allDelivered, seedCast, startCastApp, teamsUserOf, testClock, turnRed } from './dependency-fixtures.js';

const T0 = '2023-06-05T08:00:00Z';
const clock = testClock(T0);
let t: TestApp;
let c: Awaited<ReturnType<typeof seedCast>>;

// Each test gets its own app and database, so the red list counts only the test's own dependencies.
beforeEach(async () => {
  ({ t, c } = await startCastApp(clock, T0, '2023-06-12T08:00:00Z'));
});
afterEach(async () => t?.close());

const form = 'application/x-www-form-urlencoded';
const teamsUser = teamsUserOf;

async function redDependency(description: string, extra: Record<string, unknown> = {}) {
  const dep = await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description, providerInitiativeId: c.eresept.id, dueDate: '2023-08-31', ...extra });
  await allDelivered(t);
  const delivery = (personId: string) => t.db.prisma.delivery.findFirstOrThrow({ where: { personId, kind: 'dependency_red', idempotencyKey: { contains: dep.id } } });
  return { dep, delivery };
}

describe('answer buttons through the Slack edge (bokmål)', () => {
  it('"now yellow" records who and when and updates the message in place', async () => {
    const { dep, delivery } = await redDependency('Reseptmodul 4.12');
    const d = await delivery(c.kari.id);
    const value = JSON.stringify({ d: dep.id, k: d.idempotencyKey });
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.now-yellow#1', value, d.platformConversationId!, d.platformMessageId!)), form);
    expect(res.status).toBe(200);
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((u) => u.args.ts === d.platformMessageId), 10_000, 'chat.update');
    expect(update.args).toMatchObject({ channel: d.platformConversationId, ts: d.platformMessageId });
    const blocks = JSON.stringify(update.args.blocks);
    expect(blocks).toContain('Nå gul – registrert av Kari Nordmann 12. juni 2023');
    expect(blocks).not.toContain('saksgang.dependencies.now-green');
    const change = await t.db.prisma.dependencyChange.findFirstOrThrow({ where: { dependencyId: dep.id, field: 'status', toValue: 'yellow' } });
    expect(change).toMatchObject({ fromValue: 'red', changedById: c.kari.id });
    expect(change.at.toISOString()).toBe('2023-06-12T08:00:00.000Z');
    const saved = await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } });
    expect(saved).toMatchObject({ status: 'yellow', redSince: null });
  });

  it('"still red" opens a small form; the note is recorded and the message updated through the outbox', async () => {
    const { dep, delivery } = await redDependency('E-multidose');
    const d = await delivery(c.kari.id);
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.still-red#0', JSON.stringify({ d: dep.id, k: d.idempotencyKey }), d.platformConversationId!, d.platformMessageId!)), form);
    const opened = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'views.open');
    expect(opened.args.view.callback_id).toBe('saksgang.form.dependencies.still-red');
    expect(JSON.stringify(opened.args.view)).toContain('Notat (valgfritt)');
    const submission = viewSubmissionPayload(c.kari.slackUserId!, {
      callback_id: 'saksgang.form.dependencies.still-red',
      private_metadata: opened.args.view.private_metadata,
      values: { note: { note: { type: 'plain_text_input', value: 'Venter på leverandørens plan' } } },
    });
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(submission), form);
    expect(res.status).toBe(200);
    const change = await t.db.prisma.dependencyChange.findFirstOrThrow({ where: { dependencyId: dep.id, fromValue: 'red', toValue: 'red' } });
    expect(change).toMatchObject({ note: 'Venter på leverandørens plan', changedById: c.kari.id });
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((u) => u.args.ts === d.platformMessageId), 10_000, 'outbox update');
    expect(JSON.stringify(update.args.blocks)).toContain('Fortsatt rød – bekreftet av Kari Nordmann (tiltakseier) 12. juni 2023: «Venter på leverandørens plan»');
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).status).toBe('red');
  });

  it('refuses someone who is neither owner, provider, portfolio contact nor secretariat', async () => {
    const { dep, delivery } = await redDependency('Kjernejournal');
    const d = await delivery(c.kari.id);
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.stian.slackUserId!, 'saksgang.dependencies.resolved#3', JSON.stringify({ d: dep.id, k: d.idempotencyKey }), 'D0STIAN')), form);
    const refusal = await waitFor(() => t.slack.callsTo('chat.postMessage').find((p) => p.args.channel === 'D0STIAN'), 10_000, 'refusal');
    expect(refusal.args.text).toContain('Only the initiative owner');
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).resolvedAt).toBeNull();
  });
});

describe('answer buttons through the Teams edge', () => {
  it('"now green" by the provider (English) returns the updated card', async () => {
    const { dep, delivery } = await redDependency('Datadeling');
    const d = await delivery(c.emma.id);
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.dependencies.now-green', { _payload: { d: dep.id, k: d.idempotencyKey } }, 'en-US'));
    expect(res.status).toBe(200);
    expect(res.json.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(res.json.value);
    // The heading follows the status, no longer "has turned red".
    expect(card).toContain('🟢 The dependency is now green');
    expect(card).not.toContain('A dependency has turned red');
    expect(card).toContain('Now green – recorded by Emma Hansen on 12 June 2023');
    expect(card).not.toContain('Action.Execute');
    expect(await t.db.prisma.dependencyChange.count({ where: { dependencyId: dep.id, toValue: 'green', changedById: c.emma.id } })).toBe(1);
  });

  it('"resolved" by the portfolio contact of a provider organisation (bokmål)', async () => {
    const { dep } = await redDependency('Helsenett-tilgang', { providerInitiativeId: undefined, providerOrganisationId: c.nhn.id });
    const d = await t.db.prisma.delivery.findFirstOrThrow({ where: { personId: c.lise.id, idempotencyKey: { contains: dep.id } } });
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.lise), 'saksgang.dependencies.resolved', { _payload: { d: dep.id, k: d.idempotencyKey } }));
    expect(JSON.stringify(res.json.value)).toContain('Løst – registrert av Lise Kontakt 12. juni 2023');
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dep.id } })).resolvedAt?.toISOString()).toBe('2023-06-12T08:00:00.000Z');
  });

  it('"still red" sends the note form as a card; its submission records the note and confirms', async () => {
    const { dep, delivery } = await redDependency('Behandlingsplaner');
    const d = await delivery(c.emma.id);
    const sentBefore = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.dependencies.still-red', { _payload: { d: dep.id, k: d.idempotencyKey } }, 'en-US'));
    const formCard = t.connector.repliesIn(dmOf(teamsUser(c.emma)), sentBefore)[0]!.body.attachments[0].content;
    expect(JSON.stringify(formCard)).toContain('Note (optional)');
    const res = await postActivity(
      t.url,
      cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.form.dependencies.still-red', { _formId: 'saksgang.form.dependencies.still-red', _context: { d: dep.id, k: d.idempotencyKey }, note: 'Waiting for funding' }, 'en-US'),
    );
    expect(JSON.stringify(res.json.value)).toContain('Recorded: \\"Behandlingsplaner\\" is still red.');
    expect(await t.db.prisma.dependencyChange.count({ where: { dependencyId: dep.id, note: 'Waiting for funding', changedById: c.emma.id } })).toBe(1);
    // The original card is updated in place by the outbox.
    const updated = await waitFor(() => t.connector.calls.find((call) => call.verb === 'update' && call.activityId === d.platformMessageId), 10_000, 'card update');
    expect(JSON.stringify(updated.body)).toContain('Still red – confirmed by Emma Hansen (provider) on 12 June 2023: \\"Waiting for funding\\"');
  });

  it('a note that is too long is refused on the field, with the text kept', async () => {
    const { dep, delivery } = await redDependency('Lang merknad');
    const d = await delivery(c.emma.id);
    const long = 'x'.repeat(501);
    const res = await postActivity(
      t.url,
      cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.form.dependencies.still-red', { _formId: 'saksgang.form.dependencies.still-red', _context: { d: dep.id, k: d.idempotencyKey }, note: long }, 'en-US'),
    );
    const card = JSON.stringify(res.json.value);
    expect(card).toContain('The note can be at most 500 characters.');
    expect(card).toContain(long);
  });
});

describe('the red list for the secretariat, and the agenda lines', () => {
  it('lists red dependencies with age, filtered by criticality, category and provider, in both languages', async () => {
    await turnRed(t, new Date('2023-05-22T08:00:00Z'), { initiativeId: c.eresept.id, description: 'Finansiering av drift', criticality: 'low', category: 'funding', providerText: 'Helse- og omsorgsdepartementet' });
    await allDelivered(t);
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody(c.sara.slackUserId!, 'avhengigheter røde lav finansiering omsorgsdep'), form);
    const text = JSON.stringify(res.json.blocks);
    expect(text).toContain('Røde avhengigheter i porteføljen (1)');
    expect(text).toContain('Finansiering av drift');
    expect(text).toContain('rød i 21 dager');
    expect(text).toContain('Filter: lav, finansiering');
    expect(text).toContain('rød i 21 dager · ingen frist');
    expect(text).not.toContain('frist ingen frist');

    const all = await postSlack(t.url, SLACK_SECRET, slashCommandBody(c.sara.slackUserId!, 'avhengigheter røde høy'), form);
    expect(JSON.stringify(all.json.blocks)).not.toContain('Finansiering av drift');

    await t.db.prisma.membership.create({ data: { committeeId: c.nuit.id, personId: c.emma.id, role: 'secretariat' } });
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, teamsUser(c.emma), 'dependencies red funding', 'en-US'));
    const card = JSON.stringify(t.connector.repliesIn(dmOf(teamsUser(c.emma)), before)[0]!.body);
    expect(card).toContain('Red dependencies across the portfolio (1)');
    expect(card).toContain('red for 21 days');
    await t.db.prisma.membership.deleteMany({ where: { personId: c.emma.id } });
  });

  it('refuses the list to anyone but the secretariat', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody(c.kari.slackUserId!, 'avhengigheter røde'), form);
    expect(res.json.text).toContain('Bare sekretariatet kan se alle røde avhengigheter.');
  });

  it('gives the agenda the red high-criticality dependencies as neutral blocks', async () => {
    await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description: 'Agenda-avhengighet', providerText: 'Leverandør Y', dueDate: '2023-08-31' });
    await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description: 'Uten frist', providerText: 'Leverandør Z' });
    const blocks = await redHighCriticalityLines(t.db.prisma, 'nb', new Date('2023-06-12T08:00:00Z'));
    const text = JSON.stringify(blocks);
    expect(blocks[0]).toEqual({ type: 'text', text: '**Røde avhengigheter med høy kritikalitet**' });
    expect(text).toContain('**Helseplattformen**: Agenda-avhengighet (leverandør Leverandør Y; rød i 7 dager; frist 31. august 2023)');
    expect(text).not.toContain('Finansiering av drift');
    const en = JSON.stringify(await redHighCriticalityLines(t.db.prisma, 'en', new Date('2023-06-12T08:00:00Z')));
    expect(en).toContain('(provider Leverandør Y; red for 7 days; due 31 August 2023)');
    expect(text).toContain('Uten frist (leverandør Leverandør Z; rød i 7 dager; ingen frist)');
    expect(text).not.toContain('frist ingen frist');
    expect(en).toContain('Uten frist (provider Leverandør Z; red for 7 days; no due date)');
  });
});
