import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainMessage } from '../../../src/conversation/plain-message.js';
import { reply } from '../../../src/conversation/reply.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

// One turn slot: while a held turn runs, every other Slack turn finds the slots taken.
let t: TestApp;
const label = { nb: 'holdt', en: 'held' };
const FORM = 'application/x-www-form-urlencoded';

/** A turn the test holds: `started` resolves when the handler runs, `open` lets it finish. */
function gate() {
  let open!: () => void;
  let started!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const began = new Promise<void>((resolve) => (started = resolve));
  return { open, began, hold: async <T>(value: T) => (started(), await opened, value) };
}
let held: ReturnType<typeof gate>;
let submits: string[];

/** Starts the held command (not awaited: its answer waits for the gate) and waits until it holds the slot. */
async function holdTheSlot() {
  const answer = postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'hold-test', { response_url: `${t.slack.url}response/held` }), FORM);
  await held.began;
  return answer;
}

function checkedForm(note: string) {
  const payload = viewSubmissionPayload('UEMMA', { callback_id: 'saksgang.form.test.checked', values: { note: { note: { type: 'plain_text_input', value: note } } } });
  Object.assign(payload.view, { hash: `h-${note}`, title: { type: 'plain_text', text: 'Sjekket' }, blocks: [{ type: 'input', block_id: 'note' }] });
  return interactionBody(payload);
}

beforeEach(async () => {
  held = gate();
  submits = [];
  t = await startTestApp({ env: { SLACK_TURNS_AT_ONCE: '1' } });
  await t.db.prisma.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', slackUserId: 'UEMMA' } });
  t.app.registry.addCommand({ name: 'hold-test', aliases: [], summary: label, requiresPerson: false, run: () => held.hold(reply.message(plainMessage('Held turn done'))) });
  t.app.registry.addCommand({ name: 'quick-test', aliases: [], summary: label, requiresPerson: false, run: async () => reply.message(plainMessage('Quick reply')) });
  t.app.registry.addAction({ actionId: 'saksgang.test.quick', requiresPerson: false, run: async () => reply.update(plainMessage('Updated after the slot freed')) });
  t.app.registry.addForm({
    formId: 'saksgang.form.test.checked',
    requiresPerson: false,
    check: (values) => (String(values.note ?? '').length < 5 ? { note: 'Too short' } : null),
    submit: async (_ctx, values) => {
      if (String(values.note).startsWith('hold')) await held.hold(null);
      submits.push(String(values.note));
      return reply.formDone(plainMessage('Saved after the slot freed'));
    },
  });
});
afterEach(async () => {
  held.open();
  await t?.close();
});

describe('Slack turns beyond the turn slots', () => {
  it('keeps answering a lone turn in its HTTP answer', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'quick-test'), FORM);
    expect(res.json.text).toBe('Quick reply');
  });

  it('pushes "working on it" over a form whose turn holds a slot when a burst begins, then shows its outcome', async () => {
    const body = checkedForm('hold this note');
    const first = postSlack(t.url, SLACK_SECRET, body, FORM);
    await held.began;
    await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'quick-test', { response_url: `${t.slack.url}response/queued` }), FORM);
    const res = await first;
    expect(res.json.response_action).toBe('push');
    expect(JSON.stringify(res.json.view)).toContain('Working on it');
    held.open();
    const update = await waitFor(() => t.slack.callsTo('views.update')[0], 10_000, 'views.update');
    expect(update.args.external_id).toBe(res.json.view.external_id);
    expect(JSON.stringify(update.args.view)).toContain('Saved after the slot freed');
  });

  it('answers a command "working on it" in the person’s language at once, and its reply by response_url once a slot is free', async () => {
    const first = await holdTheSlot();
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'quick-test', { response_url: `${t.slack.url}response/queued` }), FORM);
    // Answered while the held turn still runs (the budget is 2.5 s; nothing waited for it).
    expect(res.json.text).toContain('Working on it');
    expect(t.slack.callsTo('response/queued')).toHaveLength(0);
    // The turn holding the slot stops keeping Slack waiting too, once another found the slots taken.
    expect((await first).json.text).toContain('Working on it');
    held.open();
    expect((await waitFor(() => t.slack.callsTo('response/held')[0], 10_000, 'the held reply')).args.text).toBe('Held turn done');
    const late = await waitFor(() => t.slack.callsTo('response/queued')[0], 10_000, 'the queued reply');
    expect(late.args.text).toBe('Quick reply');
  });

  it('acknowledges a click at once and runs its turn when the slot frees', async () => {
    const first = await holdTheSlot();
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UEMMA', 'saksgang.test.quick#0', '{}', 'D0EMMA', '1700000000.000700')), FORM);
    expect(res.status).toBe(200);
    expect(t.slack.callsTo('chat.update')).toHaveLength(0);
    held.open();
    await first;
    const update = await waitFor(() => t.slack.callsTo('chat.update')[0], 10_000, 'the queued update');
    expect(update.args).toMatchObject({ channel: 'D0EMMA', ts: '1700000000.000700', text: 'Updated after the slot freed' });
  });

  it('puts a waiting form’s own errors on the open form, without running or counting the submission', async () => {
    const first = await holdTheSlot();
    const res = await postSlack(t.url, SLACK_SECRET, checkedForm('kort'), FORM);
    expect(res.json).toEqual({ response_action: 'errors', errors: { note: 'Too short' } });
    held.open();
    await first;
    expect(submits).toEqual([]);
    expect(await t.db.prisma.submission.count()).toBe(0);
  });

  it('pushes "working on it" over a waiting form that passes its checks, then counts it once and confirms it', async () => {
    const first = await holdTheSlot();
    const body = checkedForm('a long enough note');
    const res = await postSlack(t.url, SLACK_SECRET, body, FORM);
    expect(res.json.response_action).toBe('push');
    expect(JSON.stringify(res.json.view)).toContain('Working on it');
    // The same copy again (a double click) while the first waits: it too waits, and counts once.
    await postSlack(t.url, SLACK_SECRET, body, FORM);
    held.open();
    await first;
    const update = await waitFor(() => t.slack.callsTo('views.update')[0], 10_000, 'views.update');
    expect(update.args.external_id).toBe(res.json.view.external_id);
    expect(JSON.stringify(update.args.view)).toContain('Saved after the slot freed');
    await waitFor(() => t.slack.callsTo('views.update').length === 2, 10_000, 'the second copy’s outcome');
    expect(submits).toEqual(['a long enough note']);
  });

  it('runs turns within the budget again once the slot is free', async () => {
    const first = await holdTheSlot();
    held.open();
    await first;
    await waitFor(async () => (await t.app.services.metrics!.slackTurnsInFlight.get()).values[0]?.value === 0, 10_000, 'no turn in flight');
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'quick-test'), FORM);
    expect(res.json.text).toBe('Quick reply');
  });
});
