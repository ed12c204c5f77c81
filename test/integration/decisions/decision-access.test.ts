import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionActionIds, DecisionFormIds } from '../../../src/decisions/ids.js';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

// Who may record and publish decisions, asked through the access module: each test only asks, none changes what the next sees.
let t: TestApp;
let nuit: Seed;
const FORM = 'application/x-www-form-urlencoded';
const ONLY_SECRETARIAT = 'Only the committee’s secretariat can record and publish decisions.';
const KUN_SEKRETARIATET = 'Bare sekretariatet for utvalget kan registrere og publisere vedtak.';

beforeAll(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  nuit = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'A' });
  // HELSE's secretariat (UXSARA) is secretariat, but not of NUIT.
  await seedCommittee(t, { key: 'HELSE', slackChannelId: 'C0HELSE', prefix: 'X' });
});
afterAll(async () => t?.close());

const click = (user: string, actionId: string, payload: object) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, JSON.stringify(payload), `D${user}`)), FORM);
const submit = (user: string, callbackId: string, context: object, firstField: string, values: Record<string, Record<string, unknown>>) => {
  const payload = viewSubmissionPayload(user, { callback_id: callbackId, private_metadata: JSON.stringify(context), values });
  (payload.view as Record<string, unknown>).blocks = [{ type: 'input', block_id: firstField, element: { type: 'plain_text_input', action_id: 'v' } }];
  return postSlack(t.url, SLACK_SECRET, interactionBody(payload), FORM);
};
const refusalTo = (user: string) => waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === `D${user}`), 10_000, `refusal to ${user}`);
const formsOpenedFor = (user: string) => t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === `trigger-${user}`);

describe('recording and publishing decisions is for the committee’s secretariat', () => {
  it('refuses a member the record, attendance and publish buttons, in their language, before anything is opened or queued', async () => {
    const clicks: [string, object][] = [
      [DecisionActionIds.record, { itemId: nuit.items[1]!.id }],
      [DecisionActionIds.attendance, { meetingId: nuit.meeting.id }],
      [DecisionActionIds.publish, { meetingId: nuit.meeting.id }],
    ];
    for (const [actionId, payload] of clicks) await click('UAEMMA', actionId, payload);
    await waitFor(() => (t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DUAEMMA').length === 3 ? true : null), 10_000, 'three refusals');
    const texts = t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DUAEMMA').map((c) => c.args.text);
    expect(texts).toEqual([ONLY_SECRETARIAT, ONLY_SECRETARIAT, ONLY_SECRETARIAT]);
    expect(formsOpenedFor('UAEMMA')).toHaveLength(0);
  });

  it('refuses the secretariat of another committee, so being secretariat somewhere is not enough', async () => {
    await click('UXSARA', DecisionActionIds.record, { itemId: nuit.items[1]!.id });
    expect((await refusalTo('UXSARA')).args.text).toBe(KUN_SEKRETARIATET);
    expect(formsOpenedFor('UXSARA')).toHaveLength(0);
  });

  it('keeps a member’s decision form open with the refusal on its first field, and records nothing', async () => {
    const res = await submit('UAEMMA', DecisionFormIds.decision, { itemId: nuit.items[1]!.id }, 'decision', {
      decision: { v: { type: 'plain_text_input', value: 'NUIT tar saken til orientering.' } },
    });
    expect(res.json).toEqual({ response_action: 'errors', errors: { decision: ONLY_SECRETARIAT } });
    expect(await t.db.prisma.decision.count()).toBe(0);
  });

  it('keeps a member’s attendance form open with the refusal, and records no attendance', async () => {
    const first = `member_${nuit.people.member.id}`;
    const res = await submit('UAEMMA', DecisionFormIds.attendance, { meetingId: nuit.meeting.id }, first, {
      [first]: { v: { type: 'static_select', selected_option: { value: 'present' } } },
    });
    expect(res.json).toEqual({ response_action: 'errors', errors: { [first]: ONLY_SECRETARIAT } });
    expect(await t.db.prisma.attendance.count()).toBe(0);
  });

  it('lets the committee’s secretariat open the decision form', async () => {
    await click('UASARA', DecisionActionIds.record, { itemId: nuit.items[1]!.id });
    const view = (await waitFor(() => formsOpenedFor('UASARA')[0], 10_000, 'views.open')).args.view;
    expect(view.callback_id).toBe(DecisionFormIds.decision);
  });
});
