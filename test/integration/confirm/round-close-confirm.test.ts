import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionIds } from '../../../src/ui/action-ids.js';
import { PortfolioActions } from '../../../src/portfolio/ids.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { seedPeople } from '../../helpers/fixtures/seed-people.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2026-06-25T10:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
const erik = { id: '29:erik', aadObjectId: 'aad-erik' };
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let roundId: string;

const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const click = (user: string, actionId: string, payload: object) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, JSON.stringify(payload))), FORM);
const slackButtons = (blocks: any[]) => blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.type === 'button');
const cardActions = (card: any): any[] => (card.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions);
/** Teams' answer to a card action: the card that replaces the clicked one, or a new card sent to the chat. */
const invoke = (verb: string, data: Record<string, unknown>) => postActivity(t.url, cardActionActivity(t.connector.url, erik, verb, data, 'en-GB'));
const state = async () => (await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: roundId } })).state;

// Each test: its own app and database; an open round Q2 2026 with 3 initiatives, 1 report submitted and 2 missing.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedPeople(t);
  const db = t.db.prisma;
  const erikPerson = await db.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', teamsUserId: erik.id, aadObjectId: erik.aadObjectId } });
  await db.membership.create({ data: { committeeId: s.nuit.id, personId: erikPerson.id, role: 'secretariat' } });
  const make = (key: string, ownerId: string) => db.initiative.create({ data: { key, name: key.toUpperCase(), organisationId: s.ehelse.id, ownerId, segment: 'samstyring', state: 'active' } });
  const a = await make('alfa', s.kari.id);
  await make('beta', s.per.id);
  await make('gamma', s.emma.id);
  const round = await db.reportingRound.create({ data: { label: 'Q2 2026', quarter: 2, year: 2026, cutoffDate: new Date('2026-06-30'), dueDate: new Date('2026-08-15') } });
  roundId = round.id;
  await db.statusReport.create({ data: { roundId, initiativeId: a.id, overall: 'green', risk: 'green', state: 'submitted', submittedAt: NOW, lifecycle: 'active' } });
  await warmUpSlack(t, 'USARA');
});
afterEach(async () => t?.close());

describe('closing a round with reports missing asks first, says where the summary went, and can be undone', () => {
  it('Slack, bokmål: the command asks (2 of 3 missing), the confirmation closes, the reply names #NUIT, and the round reopens', async () => {
    const asked = await slash('USARA', 'runde lukk');
    expect(asked.json.text).toContain('2 av 3 statusrapporter mangler i «Q2 2026» (frist 15. august 2026)');
    expect(await state()).toBe('open');
    const yes = slackButtons(asked.json.blocks).find((e: any) => e.action_id.startsWith(PortfolioActions.closeRound));
    expect(JSON.parse(yes.value)).toEqual({ roundId, confirmed: true });
    expect(yes.text.text).toBe('Lukk likevel');
    await click('USARA', PortfolioActions.closeRound, JSON.parse(yes.value));
    const update = await waitFor(() => t.slack.callsTo('chat.update').at(-1), 10_000, 'closed answer');
    expect(update.args.text).toBe('Runden «Q2 2026» er lukket. Oppsummeringen er postet i #NUIT.');
    expect(await state()).toBe('closed');
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'summary in the channel');
    const reopen = slackButtons(update.args.blocks).find((e: any) => e.action_id.startsWith(PortfolioActions.reopenRound));
    expect(reopen.text.text).toBe('Gjenåpne runden');
    const again = await slash('USARA', 'runde gjenåpne Q2 2026');
    expect(again.json.text).toContain('Runden «Q2 2026» er åpnet igjen');
    expect(await state()).toBe('open');
  });

  it('Slack: the progress card\'s close button carries Slack\'s confirm dialog naming the missing reports; "Avbryt" changes nothing', async () => {
    const progress = await slash('USARA', 'runde status');
    const close = slackButtons(progress.json.blocks).find((e: any) => e.action_id.startsWith(PortfolioActions.closeRound));
    expect(close.confirm.text.text).toContain('2 av 3 statusrapporter mangler');
    expect([close.confirm.confirm.text, close.confirm.deny.text, close.confirm.style]).toEqual(['Lukk likevel', 'Avbryt', 'danger']);
    const asked = await slash('USARA', 'runde lukk');
    const no = slackButtons(asked.json.blocks).find((e: any) => e.action_id.startsWith(ActionIds.confirmCancel));
    await click('USARA', ActionIds.confirmCancel, JSON.parse(no.value));
    const update = await waitFor(() => t.slack.callsTo('chat.update').at(-1), 10_000, 'cancelled');
    expect(update.args.text).toBe('Avbrutt. Ingenting er endret.');
    expect(await state()).toBe('open');
  });

  it('Teams, English: the progress card asks with a confirmation card, "Close anyway" closes, and "Reopen the round" undoes it', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, erik, 'round status', 'en-GB'));
    const progress = await waitFor(() => t.connector.repliesIn(dmOf(erik), before)[0], 10_000, 'progress card');
    const close = cardActions(progress.body.attachments[0].content).find((a) => a.title === 'Close the round');
    expect(close.verb).toBe(ActionIds.confirmAsk);
    const sent = t.connector.sent().length;
    await invoke(close.verb, close.data);
    const question = await waitFor(() => t.connector.sent().slice(sent)[0], 10_000, 'confirmation card');
    const card = question.body.attachments[0].content;
    expect(JSON.stringify(card)).toContain('2 of 3 status reports are missing in \\"Q2 2026\\" (due 15 August 2026)');
    expect(await state()).toBe('open');
    const yes = cardActions(card).find((a) => a.title === 'Close anyway');
    expect(yes.verb).toBe(PortfolioActions.closeRound);
    const closed = await invoke(yes.verb, yes.data);
    expect(JSON.stringify(closed.json.value)).toContain('The round \\"Q2 2026\\" is closed. The summary has been posted in #NUIT.');
    expect(await state()).toBe('closed');
    const reopen = cardActions(closed.json.value).find((a) => a.title === 'Reopen the round');
    const after = t.connector.sent().length;
    await invoke(reopen.verb, reopen.data);
    const reopened = await waitFor(() => t.connector.sent().slice(after)[0], 10_000, 'reopened');
    expect(JSON.stringify(reopened.body)).toContain('is open again');
    expect(await state()).toBe('open');
  });

  it('Teams, bokmål: with no committee channel the reply says how many in the secretariat got the summary', async () => {
    await t.db.prisma.committee.update({ where: { id: s.nuit.id }, data: { slackChannelId: null } });
    const sara = { id: '29:sara', aadObjectId: 'aad-sara' };
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, sara, 'runde lukk'));
    const question = await waitFor(() => t.connector.repliesIn(dmOf(sara), before)[0], 10_000, 'confirmation');
    const yes = cardActions(question.body.attachments[0].content).find((a) => a.title === 'Lukk likevel');
    const closed = await postActivity(t.url, cardActionActivity(t.connector.url, sara, yes.verb, yes.data));
    // Sara on Slack and Erik on Teams: two in the secretariat.
    expect(JSON.stringify(closed.json.value)).toContain('Runden «Q2 2026» er lukket. Oppsummeringen er sendt til 2 i sekretariatet.');
  });
});
