import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RosterForms } from '../../../src/roster/ids.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await t.db.prisma.person.create({ data: { key: 'siri', name: 'Siri Medlem', email: 'siri@example.no', slackUserId: 'USIRI' } });
});
afterAll(async () => t?.close());

describe('a Slack form that is refused as a whole', () => {
  it('keeps the modal open with the refusal on its first field, so nothing typed is lost', async () => {
    const payload = viewSubmissionPayload('USIRI', { callback_id: RosterForms.import, values: { roster: { roster: { type: 'plain_text_input', value: 'people: []' } } } });
    (payload.view as Record<string, unknown>).blocks = [{ type: 'input', block_id: 'roster', element: { type: 'plain_text_input', action_id: 'roster' } }];
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(res.json.response_action).toBe('errors');
    expect(res.json.errors.roster).toMatch(/sekretariat/i);
    expect(t.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
