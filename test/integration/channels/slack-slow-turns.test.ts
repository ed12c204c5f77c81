import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainMessage } from '../../../src/conversation/plain-message.js';
import { reply, type Reply } from '../../../src/conversation/reply.js';
import { withValues, type Form } from '../../../src/ui/model.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { sampleValue, scrapeMetrics } from '../../helpers/scrape-metrics.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;
const label = { nb: 'treg', en: 'slow' };

/** A turn the test holds until it has seen the early answer, so nothing here depends on timing. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, hold: async <T>(value: T) => (await opened, value) };
}
let gates: ReturnType<typeof gate>[] = [];
const next = () => gates.shift()!;

const form: Form = {
  formId: 'saksgang.form.test.slow',
  title: 'Treg',
  submitLabel: 'Send',
  cancelLabel: 'Avbryt',
  context: {},
  fields: [{ type: 'text', id: 'note', label: 'Notat', required: true }],
};

// Each test gets its own app (and gates), so the first update or view it sees is its own.
beforeEach(async () => {
  gates = [];
  // A tiny budget makes every registered turn below "slow" without waiting seconds.
  t = await startTestApp({ app: { slackAnswerBudgetMs: 50 } });
  await t.db.prisma.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', slackUserId: 'UEMMA' } });
  t.app.registry.addCommand({ name: 'slow-test', aliases: [], summary: label, requiresPerson: false, run: () => next().hold(reply.message(plainMessage('Done at last'))) });
  t.app.registry.addAction({ actionId: 'saksgang.test.slow', requiresPerson: false, run: () => next().hold(reply.update(plainMessage('Updated at last'))) });
  t.app.registry.addForm({
    formId: 'saksgang.form.test.slow',
    requiresPerson: false,
    submit: (_ctx, values) =>
      next().hold<Reply>(values.note === 'kort' ? reply.formErrors(withValues(form, values), { note: 'Too short' }) : reply.formDone(plainMessage('Saved at last'))),
  });
});
afterEach(async () => t?.close());

describe('a Slack turn slower than its answer budget', () => {
  it('answers "working on it" in the person’s language, then the reply by response_url', async () => {
    const g = gate();
    gates.push(g);
    const slowBefore = sampleValue((await scrapeMetrics(t.url)).text, 'saksgang_slack_slow_answers_total', { kind: 'command' }) ?? 0;
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'slow-test', { response_url: `${t.slack.url}response/slow-1` }), 'application/x-www-form-urlencoded');
    expect(res.json.text).toContain('Working on it');
    // Counted as a slow answer in the metrics.
    expect(sampleValue((await scrapeMetrics(t.url)).text, 'saksgang_slack_slow_answers_total', { kind: 'command' })).toBe(slowBefore + 1);
    expect(t.slack.callsTo('response/slow-1')).toHaveLength(0);
    g.open();
    const late = await waitFor(() => t.slack.callsTo('response/slow-1')[0], 10_000, 'late reply');
    expect(late.args.text).toBe('Done at last');
  });

  it('acknowledges a slow button and updates the message when done', async () => {
    const g = gate();
    gates.push(g);
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UEMMA', 'saksgang.test.slow#0', '{}', 'D0EMMA', '1700000000.000900')), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(t.slack.callsTo('chat.update')).toHaveLength(0);
    g.open();
    const update = await waitFor(() => t.slack.callsTo('chat.update')[0], 10_000, 'late update');
    expect(update.args).toMatchObject({ channel: 'D0EMMA', ts: '1700000000.000900', text: 'Updated at last' });
  });

  it('pushes "working on it" over a slow form, which stays underneath with what was typed, then shows the errors', async () => {
    const g = gate();
    gates.push(g);
    const payload = viewSubmissionPayload('UEMMA', { callback_id: 'saksgang.form.test.slow', values: { note: { note: { type: 'plain_text_input', value: 'kort' } } } });
    Object.assign(payload.view, { title: { type: 'plain_text', text: 'Treg' }, blocks: [{ type: 'input', block_id: 'note' }] });
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    // Pushed, not replaced: closing the pushed view goes back to the form as it was typed.
    expect(res.json.response_action).toBe('push');
    expect(JSON.stringify(res.json.view)).toContain('Working on it');
    g.open();
    const update = await waitFor(() => t.slack.callsTo('views.update')[0], 10_000, 'views.update');
    expect(update.args.external_id).toBe(res.json.view.external_id);
    const text = JSON.stringify(update.args.view);
    expect(text).toContain('Too short');
    expect(text).toContain('what you typed is still there');
    expect(update.args.view.clear_on_close).toBeUndefined();
  });

  it('confirms a slow form that succeeds in the pushed view, closing both, and by direct message', async () => {
    const g = gate();
    gates.push(g);
    t.slack.reset();
    const payload = viewSubmissionPayload('UEMMA', { callback_id: 'saksgang.form.test.slow', values: { note: { note: { type: 'plain_text_input', value: 'a full note' } } } });
    Object.assign(payload.view, { title: { type: 'plain_text', text: 'Treg' }, blocks: [{ type: 'input', block_id: 'note' }] });
    await postSlack(t.url, SLACK_SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    g.open();
    const update = await waitFor(() => t.slack.callsTo('views.update')[0], 10_000, 'views.update');
    expect(update.args.view.clear_on_close).toBe(true);
    expect(JSON.stringify(update.args.view)).toContain('Saved at last');
    const dm = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UEMMA'), 10_000, 'confirmation DM');
    expect(dm.args.text).toBe('Saved at last');
  });

  it('tells the person when a slow turn fails, instead of leaving "working on it"', async () => {
    const g = gate();
    t.app.registry.addCommand({ name: 'slow-fail', aliases: [], summary: label, requiresPerson: false, run: () => next().hold(null).then(() => Promise.reject(new Error('boom'))) });
    gates.unshift(g);
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'slow-fail', { response_url: `${t.slack.url}response/slow-fail` }), 'application/x-www-form-urlencoded');
    expect(res.json.text).toContain('Working on it');
    g.open();
    const late = await waitFor(() => t.slack.callsTo('response/slow-fail')[0], 10_000, 'failure notice');
    expect(late.args.text).toContain('Something went wrong on our side');
  });
});
