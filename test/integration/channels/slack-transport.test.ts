import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainMessage } from '../../../src/conversation/plain-message.js';
import { reply } from '../../../src/conversation/reply.js';
import type { Form } from '../../../src/ui/model.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;
const FORM = 'application/x-www-form-urlencoded';

/** A turn the test holds until it has seen Slack's answer, so nothing here depends on timing. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}
let held = gate();

const form: Form = {
  formId: 'saksgang.form.test.opened',
  title: 'Skjema',
  submitLabel: 'Send',
  cancelLabel: 'Avbryt',
  context: {},
  fields: [{ type: 'text', id: 'note', label: 'Notat' }],
};

// Each test gets its own app: the bot's identity is asked for once per app.
beforeEach(async () => {
  held = gate();
  t = await startTestApp();
  await t.db.prisma.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', slackUserId: 'UEMMA' } });
  t.app.registry.addAction({
    actionId: 'saksgang.test.open-form',
    requiresPerson: false,
    run: async () => {
      await held.opened;
      return reply.form(form);
    },
  });
  t.app.registry.addAction({ actionId: 'saksgang.test.quick', requiresPerson: false, run: async () => reply.update(plainMessage('Done')) });
});
afterEach(async () => t?.close());

describe('the Slack transport', () => {
  it('asks Slack who the bot is once, not on every request', async () => {
    t.slack.reset();
    const requests = [
      ...Array.from({ length: 4 }, () => postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'help'), FORM)),
      ...Array.from({ length: 4 }, () => postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UEMMA', 'saksgang.test.quick#0', '{}', 'D0EMMA')), FORM)),
    ];
    const answers = await Promise.all(requests);
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    await waitFor(() => t.slack.callsTo('chat.update').length === 4, 10_000, 'four updates');
    for (let i = 0; i < 3; i += 1) await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'help'), FORM);
    expect(t.slack.callsTo('auth.test')).toHaveLength(1);
  });

  it('acknowledges a click that opens a form before the turn runs, then opens it with the click’s trigger id', async () => {
    held = gate();
    t.slack.reset();
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UEMMA', 'saksgang.test.open-form#0', '{}', 'D0EMMA')), FORM);
    const answeredAt = Date.now();
    // Slack has its answer while the turn is still held.
    expect(res.status).toBe(200);
    expect(t.slack.callsTo('views.open')).toHaveLength(0);
    held.open();
    const opened = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'views.open');
    expect(opened.args.trigger_id).toBe('trigger-UEMMA');
    expect(opened.args.view.callback_id).toBe('saksgang.form.test.opened');
    expect(opened.at).toBeGreaterThanOrEqual(answeredAt);
  });
});
