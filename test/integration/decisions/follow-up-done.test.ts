import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionActionIds } from '../../../src/decisions/ids.js';
import { followUpReminderJob } from '../../../src/decisions/jobs/follow-up-reminder-job.js';
import { markFollowUpDone } from '../../../src/decisions/mark-follow-up-done.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

let t: TestApp;
let s: Seed;
let perTask: { id: string; decisionId: string };
let emmaTask: { id: string; decisionId: string };
const FORM = 'application/x-www-form-urlencoded';
const db = () => t.db.prisma;
const jobState = async (id: string) => (await db().scheduledJob.findUnique({ where: { jobId: `decisions.followup.${id}` } }))?.state;

// Each test gets its own app and database with the decision and its two follow-ups below.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'F' });
  await db().meeting.update({ where: { id: s.meeting.id }, data: { decisionsPublishedAt: NOW, state: 'decisions_published' } });
  const decision = await db().decision.create({ data: { itemId: s.items[1]!.id, text: 'NUIT ber om en tidsplan.', recordedById: s.people.secretariat.id, recordedAt: NOW, publishedAt: NOW } });
  perTask = await db().followUp.create({ data: { decisionId: decision.id, ownerId: s.people.presenter.id, description: 'Lag tidsplan', dueDate: new Date('2026-05-25T00:00:00Z') } });
  emmaTask = await db().followUp.create({ data: { decisionId: decision.id, ownerId: s.people.member.id, description: 'Write the report', dueDate: new Date('2026-06-30T00:00:00Z') } });
  // Per's reminder is due now; Emma's waits until June.
  await t.app.services.jobs.reschedule(followUpReminderJob, { followUpId: perTask.id, decisionId: decision.id }, NOW);
  await t.app.services.jobs.reschedule(followUpReminderJob, { followUpId: emmaTask.id, decisionId: decision.id }, new Date('2026-06-26T07:00:00Z'));
});
afterEach(async () => t?.close());

const click = (user: string, payload: object, channel: string, ts: string) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${DecisionActionIds.followUpDone}#0`, JSON.stringify(payload), channel, ts)), FORM);

describe('marking a follow-up done in Slack (bokmål)', () => {
  it('the reminder carries a "Ferdig" button; someone else is refused; the owner’s click records it and edits the reminder in place', async () => {
    const reminder = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UFPER'), 10_000, 'reminder');
    const button = reminder.args.blocks.flatMap((b: any) => b.elements ?? []).find((e: any) => e.action_id?.startsWith(DecisionActionIds.followUpDone));
    expect(button.text.text).toBe('Ferdig');
    const payload = JSON.parse(button.value);
    const delivery = await waitFor(() => db().delivery.findFirst({ where: { kind: 'followup_reminder', personId: s.people.presenter.id, state: 'sent' } }), 10_000, 'reminder sent');

    const refusedBefore = t.slack.callsTo('chat.postMessage').length;
    await click('UFALI', payload, 'UFALI', '1.0');
    const refusal = await waitFor(() => t.slack.callsTo('chat.postMessage').slice(refusedBefore).find((c) => c.args.channel === 'UFALI'), 5000, 'refusal');
    expect(refusal.args.text).toBe('Bare den som har oppfølgingen, eller sekretariatet for utvalget, kan markere den som ferdig.');
    expect((await db().followUp.findUniqueOrThrow({ where: { id: perTask.id } })).doneAt).toBeNull();

    await click('UFPER', payload, delivery.platformConversationId!, delivery.platformMessageId!);
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((c) => c.args.ts === delivery.platformMessageId), 10_000, 'chat.update');
    expect(update.args.text).toBe('✅ Ferdig: «Lag tidsplan» (sak 12/26 på NUIT 2/2026) ble markert som ferdig 21. mai 2026 av Per Presenter.');
    expect(JSON.stringify(update.args.blocks)).not.toContain(DecisionActionIds.followUpDone);
    expect((await db().followUp.findUniqueOrThrow({ where: { id: perTask.id } })).doneAt).toEqual(NOW);
    expect((await db().delivery.findUniqueOrThrow({ where: { id: delivery.id } })).payload).toMatchObject({ text: update.args.text });
  });

  it('lists the secretariat’s open follow-ups of their committees with `oppfølging`, owner and due date shown', async () => {
    // Per has marked his done (here through the domain function; the test above does it with the button).
    await markFollowUpDone(t.app.services, perTask.id, s.people.presenter.id);
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UFSARA', 'oppfølging'), FORM);
    const blocks = JSON.stringify(res.json.blocks);
    expect(blocks).toContain('Du har ingen åpne oppfølgingsoppgaver.');
    expect(blocks).toContain('Åpne oppfølgingsoppgaver i utvalgene du er sekretariat for');
    expect(blocks).toContain('*Write the report* – frist 30. juni 2026\\nNUIT sak 12/26 Felles kommunal journal · Emma Medlem');
    expect(blocks).not.toContain('Lag tidsplan');
  });
});

describe('follow-ups in Teams (English)', () => {
  const emma = { id: '29:Femma', aadObjectId: 'aad-Femma' };

  it('`follow-ups` lists the owner’s open follow-ups with their due date and a Done button', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, emma, 'follow-ups'));
    const card = JSON.stringify(t.connector.sent()[before]!.body.attachments[0].content);
    expect(card).toContain('Your follow-ups');
    expect(card).toContain('**Write the report** – due 30 June 2026\\n\\nNUIT item 12/26 Felles kommunal journal');
    expect(card).toContain(DecisionActionIds.followUpDone);
    expect(card).not.toContain('Open follow-ups in the committees');
  });

  it('Done from the list records it, cancels the waiting reminder and shows the list again without it', async () => {
    expect(await jobState(emmaTask.id)).toBe('pending');
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, emma, DecisionActionIds.followUpDone, { _payload: { followUpId: emmaTask.id, via: 'list' } }));
    const card = JSON.stringify(res.json.value);
    expect(card).toContain('You have no open follow-ups.');
    expect((await db().followUp.findUniqueOrThrow({ where: { id: emmaTask.id } })).doneAt).toEqual(NOW);
    expect(await jobState(emmaTask.id)).toBe('cancelled');
    // Run the reminder anyway (a stale copy): nothing is sent to a done follow-up.
    const jobId = await t.app.services.jobs.reschedule(followUpReminderJob, { followUpId: emmaTask.id, decisionId: emmaTask.decisionId }, NOW);
    await waitFor(async () => (await db().scheduledJob.findUnique({ where: { jobId } }))?.state === 'done', 10_000, 'stale reminder');
    expect(await db().delivery.count({ where: { kind: 'followup_reminder', personId: s.people.member.id } })).toBe(0);
  });

  it('Done on the reminder card answers with the done message in English, once more harmlessly', async () => {
    // Emma has marked hers done from the list already (here through the domain function; the test above does it with the button).
    await markFollowUpDone(t.app.services, emmaTask.id, s.people.member.id);
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, emma, DecisionActionIds.followUpDone, { _payload: { followUpId: emmaTask.id, via: 'reminder' } }));
    expect(JSON.stringify(res.json.value)).toContain('✅ Done: \\"Write the report\\" (item 12/26 at NUIT 2/2026) was marked done on 21 May 2026 by Emma Medlem.');
    expect((await db().followUp.findUniqueOrThrow({ where: { id: emmaTask.id } })).doneAt).toEqual(NOW);
  });
});
