import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainMessage } from '../../../src/conversation/plain-message.js';
import { reply, type Reply } from '../../../src/conversation/reply.js';
import { withValues, type Form } from '../../../src/ui/model.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
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

beforeAll(async () => {
  // A tiny budget makes every registered turn below "slow" without waiting seconds.
  t = await startTestApp({ app: { slackAnswerBudgetMs: 50 } });
  await t.db.prisma.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', slackUserId: 'UEMMA' } });
  t.app.registry.addCommand({ name: 'slow-test', aliases: [], summary: label, requiresPerson: false, run: () => next().hold(reply.message(plainMessage('Done at last'))) });
  t.app.registry.addAction({ actionId: 'saksgang.test.slow', requiresPerson: false, run: () => next().hold(reply.update(plainMessage('Updated at last'))) });
  t.app.registry.addForm({
    formId: 'saksgang.form.test.slow',
    requiresPerson: false,
    submit: (_ctx, values) => next().hold<Reply>(reply.formErrors(withValues(form, values), { note: 'Too short' })),
  });
});
afterAll(async () => t?.close());

describe('a Slack turn slower than its answer budget', () => {
  it('answers "working on it" in the person’s language, then the reply by response_url', async () => {
    const g = gate();
    gates.push(g);
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'slow-test', { response_url: `${t.slack.url}response/slow-1` }), 'application/x-www-form-urlencoded');
    expect(res.json.text).toContain('Working on it');
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

  it('keeps a slow form open as "working on it" and brings it back with the errors and what was typed', async () => {
    const g = gate();
    gates.push(g);
    const payload = viewSubmissionPayload('UEMMA', { callback_id: 'saksgang.form.test.slow', values: { note: { note: { type: 'plain_text_input', value: 'kort' } } } });
    Object.assign(payload.view, { title: { type: 'plain_text', text: 'Treg' }, blocks: [{ type: 'input', block_id: 'note' }] });
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    expect(res.json.response_action).toBe('update');
    expect(JSON.stringify(res.json.view)).toContain('Working on it');
    g.open();
    const update = await waitFor(() => t.slack.callsTo('views.update')[0], 10_000, 'views.update');
    expect(update.args.view_id).toBe('V1');
    const view = update.args.view as { callback_id: string; blocks: { block_id?: string; element?: { initial_value?: string }; text?: { text: string } }[] };
    expect(view.callback_id).toBe('saksgang.form.test.slow');
    expect(JSON.stringify(view.blocks)).toContain('Too short');
    expect(view.blocks.find((b) => b.block_id === 'note')?.element?.initial_value).toBe('kort');
  });
});
