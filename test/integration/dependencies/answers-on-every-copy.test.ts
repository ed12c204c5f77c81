import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redHighCriticalityLines } from '../../../src/dependencies/red-high-criticality-lines.js';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity } from '../../helpers/teams-activities.js';
import { allDelivered, seedCast, startCastApp, teamsUserOf, testClock, turnRed } from './dependency-fixtures.js';

// Red since Monday 5 June 2023; the answers come on Monday 12 June. The first reminders are due ten Oslo working
// days after it turned red: Monday 19 June.
const T0 = '2023-06-05T08:00:00Z';
const clock = testClock(T0);
let t: TestApp;
let c: Awaited<ReturnType<typeof seedCast>>;

beforeEach(async () => {
  ({ t, c } = await startCastApp(clock, T0, '2023-06-12T08:00:00Z'));
});
afterEach(async () => t?.close());

const form = 'application/x-www-form-urlencoded';
const teamsUser = teamsUserOf;
const jobRow = (jobId: string) => t.db.prisma.scheduledJob.findUnique({ where: { jobId } });

async function redDependency(description: string, at = T0) {
  const dep = await turnRed(t, new Date(at), { initiativeId: c.helseplattformen.id, description, providerInitiativeId: c.eresept.id, dueDate: '2023-08-31' });
  await allDelivered(t);
  const delivery = (personId: string) => t.db.prisma.delivery.findFirstOrThrow({ where: { personId, kind: 'dependency_red', idempotencyKey: { contains: dep.id } } });
  return { dep, delivery };
}

/** Kari (owner, Slack, bokmål) pauses her reminders for eight working days, to Thursday 22 June, from her copy. */
async function kariSnoozes(dep: { id: string }, copy: { idempotencyKey: string; platformConversationId: string | null; platformMessageId: string | null }) {
  await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.snooze#4', JSON.stringify({ d: dep.id, k: copy.idempotencyKey, n: 5 }), copy.platformConversationId!, copy.platformMessageId!)), form);
  const opened = await waitFor(() => t.slack.callsTo('views.open').at(-1), 10_000, 'snooze form');
  const values = { days: { days: { type: 'plain_text_input', value: '8' } } };
  await postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: 'saksgang.form.dependencies.snooze', private_metadata: opened.args.view.private_metadata, values })), form);
}

/** Kari says "still red" with a note from her Slack copy. */
async function kariStillRed(dep: { id: string }, copy: { idempotencyKey: string; platformConversationId: string | null; platformMessageId: string | null }, note: string) {
  const before = t.slack.callsTo('views.open').length;
  await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.still-red#0', JSON.stringify({ d: dep.id, k: copy.idempotencyKey }), copy.platformConversationId!, copy.platformMessageId!)), form);
  const opened = await waitFor(() => t.slack.callsTo('views.open')[before], 10_000, 'note form');
  const values = { note: { note: { type: 'plain_text_input', value: note } } };
  await postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: 'saksgang.form.dependencies.still-red', private_metadata: opened.args.view.private_metadata, values })), form);
}

/** Emma (provider, Teams, English) says "still red" with a note from her card. */
const emmaStillRed = (dep: { id: string }, copy: { idempotencyKey: string }, note: string) =>
  postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.form.dependencies.still-red', { _formId: 'saksgang.form.dependencies.still-red', _context: { d: dep.id, k: copy.idempotencyKey }, note }, 'en-US'));

/** The last in-place edit of a Slack copy, once it contains `text`. */
const slackEdit = (copy: { platformMessageId: string | null }, text: string) =>
  waitFor(() => t.slack.callsTo('chat.update').filter((u) => u.args.ts === copy.platformMessageId).map((u) => JSON.stringify(u.args.blocks)).find((b) => b.includes(text)), 10_000, `Slack copy shows ${text}`);
/** The last in-place edit of a Teams copy, once it contains `text`. */
const teamsEdit = (copy: { platformMessageId: string | null }, text: string) =>
  waitFor(() => t.connector.calls.filter((call) => call.verb === 'update' && call.activityId === copy.platformMessageId).map((call) => JSON.stringify(call.body)).find((b) => b.includes(text)), 10_000, `Teams copy shows ${text}`);

describe('every copy shows the latest answer of each side, whether its reader paused or not', () => {
  it('Kari (Slack, bokmål) paused: her copy keeps the pause and shows Emma’s note; Emma’s card (Teams, English) and Sara’s copy show both sides', async () => {
    const { dep, delivery } = await redDependency('E-multidose');
    const [kariCopy, emmaCopy, saraCopy] = [await delivery(c.kari.id), await delivery(c.emma.id), await delivery(c.sara.id)];

    await kariSnoozes(dep, kariCopy);
    await slackEdit(kariCopy, 'Dine påminnelser er satt på pause til 22. juni 2023.');

    // The provider answers "still red" with a new date in the note: the paused owner's copy shows it too.
    const res = await emmaStillRed(dep, emmaCopy, 'New version expected 1 September');
    expect(JSON.stringify(res.json.value)).toContain('is still red');
    const kariSees = await slackEdit(kariCopy, 'Emma Hansen (leverandør)');
    expect(kariSees).toContain('Dine påminnelser er satt på pause til 22. juni 2023.');
    expect(kariSees).toContain('Fortsatt rød – bekreftet av Emma Hansen (leverandør) 12. juni 2023: «New version expected 1 September»');
    expect(kariSees).toContain('saksgang.dependencies.still-red');

    // The owner answers too: every copy shows both sides' latest answers, in its reader's language.
    await kariStillRed(dep, kariCopy, 'Venter fortsatt på leveransen');
    const emmaSees = await teamsEdit(emmaCopy, 'Kari Nordmann (initiative owner)');
    expect(emmaSees).toContain('Still red – confirmed by Kari Nordmann (initiative owner) on 12 June 2023: \\"Venter fortsatt på leveransen\\"');
    expect(emmaSees).toContain('Still red – confirmed by Emma Hansen (provider) on 12 June 2023');
    expect(emmaSees).not.toContain('paused');
    const saraSees = await slackEdit(saraCopy, 'Kari Nordmann (tiltakseier)');
    expect(saraSees).toContain('Fortsatt rød – bekreftet av Kari Nordmann (tiltakseier) 12. juni 2023: «Venter fortsatt på leveransen»');
    expect(saraSees).toContain('Fortsatt rød – bekreftet av Emma Hansen (leverandør) 12. juni 2023: «New version expected 1 September»');
    const kariLast = await slackEdit(kariCopy, 'Kari Nordmann (tiltakseier)');
    expect(kariLast).toContain('Dine påminnelser er satt på pause til 22. juni 2023.');
    expect(kariLast).toContain('Emma Hansen (leverandør)');
    // The owner's side comes before the provider's.
    expect(kariLast.indexOf('Kari Nordmann (tiltakseier)')).toBeLessThan(kariLast.indexOf('Emma Hansen (leverandør)'));
  }, 90_000);

  it('a second "still red" of the same side replaces the first; an answer from before the dependency last turned red is not shown', async () => {
    const { dep, delivery } = await redDependency('Reseptmodul');
    const emmaCopy = await delivery(c.emma.id);
    const saraCopy = await delivery(c.sara.id);
    // An answer from an earlier red spell.
    await t.db.prisma.dependencyChange.create({ data: { dependencyId: dep.id, field: 'status', fromValue: 'red', toValue: 'red', note: 'Gammelt svar', changedById: c.kari.id, at: new Date('2023-05-01T08:00:00Z') } });
    await emmaStillRed(dep, emmaCopy, 'First note');
    await slackEdit(saraCopy, 'First note');
    await emmaStillRed(dep, emmaCopy, 'Second note');
    const saraSees = await slackEdit(saraCopy, 'Second note');
    expect(saraSees).not.toContain('First note');
    expect(saraSees).not.toContain('Gammelt svar');
  });
});

describe('reminder jobs that no longer apply leave the queue', () => {
  it('Slack (bokmål): Kari’s pause removes her 19 June reminder and queues the 22 June one; Emma’s stays', async () => {
    const { dep, delivery } = await redDependency('Pause fjerner jobb');
    const kariJob = `depreminder.${c.kari.id}.2023-06-19`;
    const emmaJob = `depreminder.${c.emma.id}.2023-06-19`;
    expect(await t.app.queue.getJob(kariJob)).toBeTruthy();
    await kariSnoozes(dep, await delivery(c.kari.id));
    await waitFor(async () => (await jobRow(kariJob))?.state === 'cancelled', 10_000, 'Kari’s 19 June reminder cancelled');
    expect(await t.app.queue.getJob(kariJob)).toBeUndefined();
    // Eight Oslo working days from Monday 12 June: Thursday 22 June.
    expect(await jobRow(`depreminder.${c.kari.id}.2023-06-22`)).toMatchObject({ state: 'pending' });
    expect(await t.app.queue.getJob(`depreminder.${c.kari.id}.2023-06-22`)).toBeTruthy();
    expect(await jobRow(emmaJob)).toMatchObject({ state: 'pending' });
    expect(await t.app.queue.getJob(emmaJob)).toBeTruthy();
  });

  it('Teams (English): Emma says "now green"; every pending reminder about it leaves the queue, one still gathering another red dependency stays', async () => {
    const { dep, delivery } = await redDependency('Grønn fjerner jobber');
    // Kari has a second red dependency (another provider) with its first reminder the same week.
    await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description: 'Annen avhengighet', providerText: 'Leverandør Z', dueDate: '2023-08-31' });
    await allDelivered(t);
    const emmaCopy = await delivery(c.emma.id);
    const kariJob = `depreminder.${c.kari.id}.2023-06-19`;
    const emmaJob = `depreminder.${c.emma.id}.2023-06-19`;
    expect(await t.app.queue.getJob(emmaJob)).toBeTruthy();
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.dependencies.now-green', { _payload: { d: dep.id, k: emmaCopy.idempotencyKey } }, 'en-US'));
    expect(JSON.stringify(res.json.value)).toContain('The dependency is now green');
    await waitFor(async () => (await jobRow(emmaJob))?.state === 'cancelled', 10_000, 'Emma’s reminder cancelled');
    expect(await t.app.queue.getJob(emmaJob)).toBeUndefined();
    // Kari's reminder still gathers the other red dependency.
    expect(await jobRow(kariJob)).toMatchObject({ state: 'pending' });
    expect(await t.app.queue.getJob(kariJob)).toBeTruthy();
  });
});

describe('a dependency that turned red today says so', () => {
  it('"Rød siden: i dag" on Slack (bokmål), "Red since: today" on Teams (English), and in the agenda lines; never "0 dager"', async () => {
    const { delivery } = await redDependency('Rød i dag', '2023-06-12T08:00:00Z');
    const kari = JSON.stringify((await delivery(c.kari.id)).payload);
    expect(kari).toContain('{"label":"Rød siden","value":"i dag"}');
    expect(kari).not.toContain('0 dager');
    const emmaCard = await waitFor(() => t.connector.sent().map((s) => JSON.stringify(s.body)).find((b) => b.includes('Rød i dag')), 10_000, 'Emma’s card');
    expect(emmaCard).toContain('Red since');
    expect(emmaCard).toContain('today');
    expect(emmaCard).not.toContain('0 days');
    const slackPost = t.slack.callsTo('chat.postMessage').find((p) => p.args.channel === c.kari.slackUserId);
    expect(JSON.stringify(slackPost!.args.blocks)).toContain('Rød siden');
    const now = new Date('2023-06-12T10:00:00Z');
    expect(JSON.stringify(await redHighCriticalityLines(t.db.prisma, 'nb', now))).toContain('Rød i dag (leverandør E-resept forskrivningsmodul; rød siden i dag; frist 31. august 2023)');
    expect(JSON.stringify(await redHighCriticalityLines(t.db.prisma, 'en', now))).toContain('(provider E-resept forskrivningsmodul; red since today; due 31 August 2023)');
  });
});
