import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainMessage } from '../../../src/conversation/plain-message.js';
import { reply } from '../../../src/conversation/reply.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const slow = { nb: 'langsom', en: 'slow' };

beforeAll(async () => {
  t = await startTestApp();
  await t.db.prisma.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', slackUserId: 'UEMMA' } });
  // A command and a button that take longer than Slack's three seconds, as a heavy turn would.
  t.app.registry.addCommand({ name: 'slow-test', aliases: [], summary: slow, requiresPerson: false, run: async () => (await pause(3_000), reply.message(plainMessage('Done at last'))) });
  t.app.registry.addAction({ actionId: 'saksgang.test.slow', requiresPerson: false, run: async () => (await pause(3_000), reply.update(plainMessage('Updated at last'))) });
});
afterAll(async () => t?.close());

describe('a Slack turn slower than Slack’s three seconds', () => {
  it('answers "working on it" in the person’s language at once, then the reply by response_url', async () => {
    const started = Date.now();
    const body = slashCommandBody('UEMMA', 'slow-test', { response_url: `${t.slack.url}response/slow-1` });
    const res = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(res.json.text).toContain('Working on it');
    const late = await waitFor(() => t.slack.callsTo('response/slow-1')[0], 10_000, 'late reply');
    expect(late.args.text).toBe('Done at last');
  });

  it('acknowledges a slow button at once and updates the message when done', async () => {
    const started = Date.now();
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UEMMA', 'saksgang.test.slow#0', '{}', 'D0EMMA', '1700000000.000900')), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
    const update = await waitFor(() => t.slack.callsTo('chat.update')[0], 10_000, 'late update');
    expect(update.args).toMatchObject({ channel: 'D0EMMA', ts: '1700000000.000900', text: 'Updated at last' });
  });
});
