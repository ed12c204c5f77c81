import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, postActivity } from '../../helpers/teams-activities.js';
import { allDelivered, runScheduledJob, seedCast, slackPostsTo, startCastApp, teamsSentTo, teamsUserOf, testClock, turnRed } from './dependency-fixtures.js';

// Red since Monday 5 June 2023; the tests answer on Monday 12 June.
const T0 = '2023-06-05T08:00:00Z';
const clock = testClock(T0);
let t: TestApp;
let c: Awaited<ReturnType<typeof seedCast>>;

// Each test gets its own app and database, so the reminders and red lists it sees are its own dependencies'.
beforeEach(async () => {
  ({ t, c } = await startCastApp(clock, T0, '2023-06-12T08:00:00Z'));
});
afterEach(async () => t?.close());

const form = 'application/x-www-form-urlencoded';
const teamsUser = teamsUserOf;
const jobRow = (jobId: string) => t.db.prisma.scheduledJob.findUnique({ where: { jobId } });

async function redDependency(description: string, extra: Record<string, unknown> = {}) {
  const dep = await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description, providerInitiativeId: c.eresept.id, dueDate: '2023-08-31', ...extra });
  await allDelivered(t);
  const delivery = (personId: string) => t.db.prisma.delivery.findFirstOrThrow({ where: { personId, kind: 'dependency_red', idempotencyKey: { contains: dep.id } } });
  return { dep, delivery };
}

describe('"remind me in N days": a small form, a pause of the person’s own reminders', () => {
  it('Slack (bokmål): the form offers 5, refuses a bad number on the field, and pauses only Kari', async () => {
    const { dep, delivery } = await redDependency('Snooze i Slack');
    const d = await delivery(c.kari.id);
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.snooze#4', JSON.stringify({ d: dep.id, k: d.idempotencyKey, n: 5 }), d.platformConversationId!, d.platformMessageId!)), form);
    const opened = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'views.open');
    expect(opened.args.view.callback_id).toBe('saksgang.form.dependencies.snooze');
    const view = JSON.stringify(opened.args.view);
    expect(view).toContain('Antall arbeidsdager (1–30)');
    expect(view).toContain('"initial_value":"5"');
    const submit = (value: string) =>
      postSlack(
        t.url,
        SLACK_SECRET,
        interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: 'saksgang.form.dependencies.snooze', private_metadata: opened.args.view.private_metadata, values: { days: { days: { type: 'plain_text_input', value } } } })),
        form,
      );
    for (const bad of ['fem', '0', '31', '2.5']) {
      const refused = await submit(bad);
      expect(refused.json).toEqual({ response_action: 'errors', errors: { days: 'Skriv et helt tall fra 1 til 30.' } });
    }
    const ok = await submit('8');
    expect(ok.json?.response_action).toBeUndefined();
    // Eight working days from Monday 12 June: Thursday 22 June, at the reminder time.
    const change = await t.db.prisma.dependencyChange.findFirstOrThrow({ where: { dependencyId: dep.id, field: 'snooze' } });
    expect(change).toMatchObject({ changedById: c.kari.id, toValue: '2023-06-22T07:00:00.000Z' });
    const confirm = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => String(p.args.text).includes('neste påminnelse')), 10_000, 'confirmation');
    expect(confirm.args.text).toBe('Greit: du får neste påminnelse om «Snooze i Slack» 22. juni 2023.');
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((u) => u.args.ts === d.platformMessageId), 10_000, 'own copy updated');
    expect(JSON.stringify(update.args.blocks)).toContain('Dine påminnelser er satt på pause til 22. juni 2023.');

    // 19 June: Emma (provider) is reminded; Kari's reminder of that day left the queue with her pause; Kari hears
    // again on 22 June.
    expect((await jobRow(`depreminder.${c.kari.id}.2023-06-19`))?.state).toBe('cancelled');
    t.slack.reset();
    t.connector.reset();
    await runScheduledJob(t, clock, `depreminder.${c.emma.id}.2023-06-19`);
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(0);
    expect(teamsSentTo(t, c.emma.teamsUserId!)).toHaveLength(1);
    await runScheduledJob(t, clock, `depreminder.${c.kari.id}.2023-06-22`);
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!)).toHaveLength(1);
    expect(JSON.stringify(slackPostsTo(t, c.kari.slackUserId!)[0]!.args.blocks)).toContain('Snooze i Slack');
    await t.db.prisma.dependency.update({ where: { id: dep.id }, data: { status: 'green', redSince: null } });
  }, 90_000);

  it('Teams (English): the form card keeps a bad number on the field, then confirms the pause', async () => {
    const { dep, delivery } = await redDependency('Snooze in Teams');
    const d = await delivery(c.emma.id);
    const sentBefore = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.dependencies.snooze', { _payload: { d: dep.id, k: d.idempotencyKey, n: 5 } }, 'en-US'));
    const formCard = JSON.stringify(t.connector.repliesIn(dmOf(teamsUser(c.emma)), sentBefore)[0]!.body.attachments[0].content);
    expect(formCard).toContain('Number of working days (1–30)');
    expect(formCard).toContain('"value":"5"');
    const submit = (days: string) =>
      postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.form.dependencies.snooze', { _formId: 'saksgang.form.dependencies.snooze', _context: { d: dep.id, k: d.idempotencyKey }, days }, 'en-US'));
    const refused = JSON.stringify((await submit('45')).json.value);
    expect(refused).toContain('Enter a whole number from 1 to 30.');
    expect(refused).toContain('"value":"45"');
    expect(await t.db.prisma.dependencyChange.count({ where: { dependencyId: dep.id, field: 'snooze' } })).toBe(0);
    const done = JSON.stringify((await submit('2')).json.value);
    expect(done).toContain('Done: your next reminder about \\"Snooze in Teams\\" comes on 14 June 2023.');
    const updated = await waitFor(() => t.connector.calls.find((call) => call.verb === 'update' && call.activityId === d.platformMessageId), 10_000, 'card update');
    expect(JSON.stringify(updated.body)).toContain('Your reminders are paused until 14 June 2023.');
    // Kari's copy does not show Emma's pause.
    const kari = await delivery(c.kari.id);
    expect(JSON.stringify(kari.payload)).not.toContain('pause');
    await t.db.prisma.dependency.update({ where: { id: dep.id }, data: { status: 'green', redSince: null } });
  });
});

describe('one side answers: every copy is updated, the other side is told once', () => {
  it('the provider (Teams) says "now yellow": Kari’s and the secretariat’s Slack copies update in place, Kari is told once', async () => {
    const { dep, delivery } = await redDependency('Delt svar');
    const emmaCopy = await delivery(c.emma.id);
    const kariCopy = await delivery(c.kari.id);
    const saraCopy = await delivery(c.sara.id);
    const click = () => postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.dependencies.now-yellow', { _payload: { d: dep.id, k: emmaCopy.idempotencyKey } }, 'en-US'));
    const own = JSON.stringify((await click()).json.value);
    expect(own).toContain('Now yellow – recorded by Emma Hansen on 12 June 2023');
    // The heading follows the status on every copy: no longer "has turned red".
    expect(own).toContain('🟡 The dependency is now yellow');
    expect(own).not.toContain('has turned red');
    for (const copy of [kariCopy, saraCopy]) {
      const update = await waitFor(() => t.slack.callsTo('chat.update').find((u) => u.args.ts === copy.platformMessageId && u.args.channel === copy.platformConversationId), 10_000, 'copy updated');
      const blocks = JSON.stringify(update.args.blocks);
      expect(blocks).toContain('Nå gul – registrert av Emma Hansen 12. juni 2023');
      expect(update.args.blocks[0]).toMatchObject({ type: 'header', text: { text: '🟡 Avhengigheten er nå gul' } });
      expect(update.args.text).toBe('🟡 Avhengigheten er nå gul');
      expect(blocks).not.toContain('saksgang.dependencies.still-red');
    }
    const notice = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => String(p.args.text).includes('har satt')), 10_000, 'notice');
    expect(notice.args.text).toBe('ℹ️ Emma Hansen (leverandør) har satt avhengigheten «Delt svar» for Helseplattformen til *gul*.');
    // A second click changes nothing and tells nobody again; Emma herself gets no notice.
    await click();
    await allDelivered(t);
    expect(await t.db.prisma.delivery.count({ where: { kind: 'dependency_answer', payload: { path: ['text'], string_contains: 'Delt svar' } } })).toBe(1);
    expect(teamsSentTo(t, c.emma.teamsUserId!).filter((s) => JSON.stringify(s.body).includes('set the dependency'))).toHaveLength(0);
  });

  it('the owner (Slack) says "resolved": Emma’s Teams card updates in place in English, and Emma is told once', async () => {
    const { dep, delivery } = await redDependency('Svar andre veien');
    const kariCopy = await delivery(c.kari.id);
    const emmaCopy = await delivery(c.emma.id);
    const value = JSON.stringify({ d: dep.id, k: kariCopy.idempotencyKey });
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.resolved#3', value, kariCopy.platformConversationId!, kariCopy.platformMessageId!)), form);
    const updated = await waitFor(() => t.connector.calls.find((call) => call.verb === 'update' && call.activityId === emmaCopy.platformMessageId), 10_000, 'card update');
    expect(JSON.stringify(updated.body)).toContain('Resolved – recorded by Kari Nordmann on 12 June 2023');
    const notice = await waitFor(() => teamsSentTo(t, c.emma.teamsUserId!).find((s) => JSON.stringify(s.body).includes('initiative owner')), 10_000, 'notice');
    expect(JSON.stringify(notice.body)).toContain('Kari Nordmann (initiative owner) set the dependency \\"Svar andre veien\\" of Helseplattformen to **resolved**.');
    await allDelivered(t);
    expect(slackPostsTo(t, c.kari.slackUserId!).filter((p) => String(p.args.text).includes('har satt'))).toHaveLength(0);
  });
});

describe('sharing an answer is a queued job, not part of the click', () => {
  it('is queued under the id of the recorded change; running it again tells the other side only once', async () => {
    const { dep, delivery } = await redDependency('Delt i kø');
    const kariCopy = await delivery(c.kari.id);
    const value = JSON.stringify({ d: dep.id, k: kariCopy.idempotencyKey });
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.now-green#2', value, kariCopy.platformConversationId!, kariCopy.platformMessageId!)), form);
    const change = await waitFor(() => t.db.prisma.dependencyChange.findFirst({ where: { dependencyId: dep.id, field: 'status', toValue: 'green' } }), 10_000, 'change');
    const jobId = `depshare.${change.id}`;
    const row = await waitFor(() => jobRow(jobId), 10_000, 'share job');
    expect(row).toMatchObject({ name: 'dependencies.share-answer', payload: { dependencyId: dep.id, actorId: c.kari.id, changeId: change.id, tellOtherSide: true } });
    await waitFor(async () => (await jobRow(jobId))?.state === 'done', 10_000, 'share job done');
    await runScheduledJob(t, clock, jobId);
    await allDelivered(t);
    const notices = teamsSentTo(t, c.emma.teamsUserId!).filter((s) => JSON.stringify(s.body).includes('Kari Nordmann (initiative owner) set the dependency'));
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]!.body)).toContain('Delt i kø');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'dependency_answer', payload: { path: ['text'], string_contains: 'Delt i kø' } } })).toBe(1);
  });
});

describe('a moved due date moves the escalation', () => {
  const dependencyForm = (dep: { id: string; initiativeId: string; description: string }, dueDate: string) => ({
    context: { initiativeId: dep.initiativeId, dependencyId: dep.id },
    values: { description: dep.description, category: 'national_solutions', provider: '', criticality: 'high', status: 'red', dueDate, resolved: 'open' },
  });

  it('Slack (bokmål): the owner moves the due date in the dependency form; the old escalation leaves the queue', async () => {
    const { dep } = await redDependency('Flyttet frist');
    const oldId = `depescalation.${dep.id}.2023-08-31`;
    expect(await t.app.queue.getJob(oldId)).toBeTruthy();
    const { context, values } = dependencyForm(dep, '2023-09-29');
    const slackValues: Record<string, Record<string, unknown>> = {};
    for (const [id, value] of Object.entries(values)) {
      slackValues[id] = { [id]: ['category', 'criticality', 'status', 'resolved'].includes(id) ? { type: 'static_select', selected_option: { value } } : id === 'dueDate' ? { type: 'datepicker', selected_date: value } : { type: 'plain_text_input', value } };
    }
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: 'saksgang.form.portfolio.dependency', private_metadata: JSON.stringify(context), values: slackValues })), form);
    expect(res.json?.response_action).toBeUndefined();
    await waitFor(async () => (await jobRow(oldId))?.state === 'cancelled', 10_000, 'old escalation cancelled');
    expect(await t.app.queue.getJob(oldId)).toBeUndefined();
    // The first working day after Friday 29 September is Monday 2 October, at 09.00 Oslo time.
    const moved = await jobRow(`depescalation.${dep.id}.2023-09-29`);
    expect(moved).toMatchObject({ state: 'pending' });
    expect(moved!.runAt.toISOString()).toBe('2023-10-02T07:00:00.000Z');
    expect(await t.app.queue.getJob(`depescalation.${dep.id}.2023-09-29`)).toBeTruthy();
  });

  it('Teams (English): the provider initiative’s owner moves a due date earlier; the escalation comes earlier', async () => {
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.eresept.id, description: 'Moved due date', providerText: 'Vendor', dueDate: '2023-08-31' });
    await allDelivered(t);
    const { context, values } = dependencyForm(dep, '2023-07-14');
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(c.emma), 'saksgang.form.portfolio.dependency', { _formId: 'saksgang.form.portfolio.dependency', _context: context, ...values }, 'en-US'));
    expect(res.status).toBe(200);
    expect((await jobRow(`depescalation.${dep.id}.2023-08-31`))?.state).toBe('cancelled');
    expect(await t.app.queue.getJob(`depescalation.${dep.id}.2023-08-31`)).toBeUndefined();
    expect((await jobRow(`depescalation.${dep.id}.2023-07-14`))?.runAt.toISOString()).toBe('2023-07-17T07:00:00.000Z');
    // The escalation for the new date fires to the secretariat.
    t.slack.reset();
    await runScheduledJob(t, clock, `depescalation.${dep.id}.2023-07-14`);
    await allDelivered(t);
    expect(JSON.stringify(slackPostsTo(t, c.sara.slackUserId!).map((p) => p.args.blocks))).toContain('14. juli 2023');
  });
});
