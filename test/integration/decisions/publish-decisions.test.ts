import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionActionIds, DecisionFormIds } from '../../../src/decisions/ids.js';
import { publishDecisionsJob } from '../../../src/decisions/jobs/publish-decisions-job.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

let t: TestApp;
let nuit: Seed;
let nufa: Seed;
const FORM = 'application/x-www-form-urlencoded';
const NUFA_CHANNEL = '19:nufa-general@thread.tacv2';

// Each test gets its own app and database; a test about published decisions publishes them itself first.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  nuit = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P', nextMeeting: true });
  nufa = await seedCommittee(t, { key: 'NUFA', teamsConversationId: NUFA_CHANNEL, prefix: 'Q' });
  await warmUpSlack(t, 'UPSARA');
});
afterEach(async () => t?.close());

/** NUIT 2/2026 published with the decisions on items 12/26 (with Per's follow-up) and 13/26, as the Slack test publishes them. */
async function publishedNuit() {
  const recordedById = nuit.people.secretariat.id;
  await recordDecision(t, {
    itemId: nuit.items[1]!.id,
    recordedById,
    text: 'NUIT tar saken til orientering og ber om en tidsplan.',
    followUps: [{ ownerId: nuit.people.presenter.id, description: 'Lag tidsplan', dueDate: '2026-06-10' }],
  });
  await recordDecision(t, { itemId: nuit.items[2]!.id, recordedById, text: 'NUIT ber direktoratet ta innspillene med i videre arbeid.' });
  await publishDecisions(t, nuit.meeting.id);
}

const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const submit = (user: string, context: object, values: Record<string, Record<string, unknown>>) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: DecisionFormIds.decision, private_metadata: JSON.stringify(context), values })), FORM);
const text = (v: string) => ({ v: { type: 'plain_text_input', value: v } });
const select = (v: string) => ({ v: { type: 'static_select', selected_option: { value: v } } });
const date = (v: string) => ({ v: { type: 'datepicker', selected_date: v } });
const channelPosts = (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const db = () => t.db.prisma;
const jobDone = (jobId: string) => waitFor(async () => (await db().scheduledJob.findUnique({ where: { jobId } }))?.state === 'done', 10_000, `job ${jobId}`);

describe('publishing in Slack', () => {
  it('is refused while nothing is recorded', async () => {
    const res = await slash('UPSARA', 'vedtak publiser NUIT 2/2026');
    expect(res.json.text).toBe('Ingen vedtak er registrert ennå; det er ingenting å publisere.');
  });

  it('posts the summary to the committee channel, DMs the presenters and schedules the follow-up reminder', async () => {
    await submit('UPSARA', { itemId: nuit.items[1]!.id }, {
      decision: text('NUIT tar saken til orientering og ber om en tidsplan.'),
      followup1_owner: select(nuit.people.presenter.id),
      followup1_what: text('Lag tidsplan'),
      followup1_due: date('2026-06-10'),
    });
    await submit('UPSARA', { itemId: nuit.items[2]!.id }, { decision: text('NUIT ber direktoratet ta innspillene med i videre arbeid.') });

    // Item 10/26 has no decision: the command asks first, and the confirmation's button publishes.
    const asked = await slash('UPSARA', 'vedtak publiser NUIT 2/2026');
    expect(asked.json.text).toContain('1 av 3 saker har ikke registrert vedtak.');
    expect(channelPosts('C0NUIT')).toHaveLength(0);
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UPSARA', `${DecisionActionIds.publish}#0`, JSON.stringify({ meetingId: nuit.meeting.id, confirmed: true }))), FORM);
    const res = await waitFor(() => channelPosts('D0DM').find((c) => String(c.args.text).includes('publiseres')), 10_000, 'publish answer');
    expect(res.args.text).toBe('Vedtakene fra NUIT 2/2026 publiseres nå i utvalgets kanal, og saksansvarlige får beskjed.');

    const summary = await waitFor(() => channelPosts('C0NUIT')[0], 10_000, 'summary');
    const blocks = JSON.stringify(summary.args.blocks);
    expect(summary.args.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Vedtak fra NUIT 2/2026' } });
    expect(blocks).toContain('Møte 2/2026, 20. mai 2026');
    expect(blocks).toContain('*Sak 12/26 – Felles kommunal journal* (Orientering)\\nNUIT tar saken til orientering og ber om en tidsplan.');
    expect(blocks).toContain('*Sak 13/26 – Porteføljerapport Q1* (Drøfting)\\nNUIT ber direktoratet ta innspillene med i videre arbeid.');
    expect(blocks).not.toContain('Godkjenning av innkalling');

    const toPer = await waitFor(() => channelPosts('UPPER')[0], 10_000, 'DM to presenter');
    expect(JSON.stringify(toPer.args.blocks)).toContain('Per Presenter: Lag tidsplan (frist 10. juni 2026)');
    const toEmma = await waitFor(() => channelPosts('UPEMMA')[0], 10_000, 'DM to English presenter');
    expect(toEmma.args.text).toBe('Decision on item 13/26: NUIT ber direktoratet ta innspillene med i videre arbeid.');

    await jobDone(publishDecisionsJob.jobId({ meetingId: nuit.meeting.id }));
    const meeting = await db().meeting.findUniqueOrThrow({ where: { id: nuit.meeting.id } });
    expect(meeting.state).toBe('decisions_published');
    expect(meeting.decisionsPublishedAt).toEqual(NOW);
    const followUp = await db().followUp.findFirstOrThrow({ where: { decision: { itemId: nuit.items[1]!.id } } });
    const reminder = await db().scheduledJob.findUniqueOrThrow({ where: { jobId: `decisions.followup.${followUp.id}` } });
    expect(reminder.runAt.toISOString()).toBe('2026-06-08T07:00:00.000Z');
  });

  it('puts the approval of these minutes on the next meeting’s agenda, once', async () => {
    await publishedNuit();
    await jobDone(publishDecisionsJob.jobId({ meetingId: nuit.meeting.id }));
    const items = await db().agendaItem.findMany({ where: { meetingId: nuit.next!.id, kind: 'previous_minutes' } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: 'Godkjenning av referat fra NUIT 2/2026', type: 'approval', caseNumber: 14, caseYear: 2026 });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: nuit.next!.id } })).previousMeetingId).toBe(nuit.meeting.id);
  });

  it('posts nothing twice when the job runs again (the milestone after the button)', async () => {
    await publishedNuit();
    const jobId = publishDecisionsJob.jobId({ meetingId: nuit.meeting.id });
    await jobDone(jobId);
    await t.app.services.jobs.reschedule(publishDecisionsJob, { meetingId: nuit.meeting.id }, NOW);
    await jobDone(jobId);
    // The second run queued nothing new: every outbox row of this meeting is the one already sent.
    expect(await db().delivery.count({ where: { state: { not: 'sent' }, OR: [{ committeeId: nuit.committee.id }, { kind: 'decision_to_presenter' }] } })).toBe(0);
    expect(channelPosts('C0NUIT')).toHaveLength(1);
    expect(channelPosts('UPPER')).toHaveLength(1);
    expect(await db().delivery.count({ where: { idempotencyKey: `decisions.summary.${nuit.meeting.id}` } })).toBe(1);
    expect(await db().agendaItem.count({ where: { meetingId: nuit.next!.id, kind: 'previous_minutes' } })).toBe(1);
  });

  it('edits the posted summary in place after a correction and says it was corrected', async () => {
    await publishedNuit();
    const summary = channelPosts('C0NUIT')[0]!;
    const ts = (await db().delivery.findUniqueOrThrow({ where: { idempotencyKey: `decisions.summary.${nuit.meeting.id}` } })).platformMessageId;
    const res = await submit('UPSARA', { itemId: nuit.items[2]!.id }, { decision: text('NUIT slutter seg til porteføljerapporten.') });
    expect(res.status).toBe(200);
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'chat.update');
    expect(update.args.ts).toBe(ts);
    const blocks = JSON.stringify(update.args.blocks);
    expect(blocks).toContain('NUIT slutter seg til porteføljerapporten.');
    expect(blocks).toContain('(rettet)');
    expect(blocks).toContain('✏️ Rettet 21. mai 2026.');
    expect(blocks).not.toContain('ta innspillene med');
    const toEmma = await waitFor(() => t.slack.callsTo('chat.update').find((c) => c.args.channel === 'UPEMMA'), 10_000, 'presenter update');
    expect(toEmma.args.text).toContain('NUIT slutter seg til porteføljerapporten.');
    expect(channelPosts('C0NUIT')).toEqual([summary]);
    expect(channelPosts('UPEMMA')).toHaveLength(1);
    expect(await db().decision.findUniqueOrThrow({ where: { itemId: nuit.items[2]!.id } })).toMatchObject({ corrected: true });
  });
});

describe('publishing in Teams', () => {
  it('publishes from a Teams command, and the later milestone job posts nothing more', async () => {
    const tom = { id: '29:Qtom', aadObjectId: 'aad-Qtom' };
    await postActivity(t.url, cardActionActivity(t.connector.url, tom, DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: nufa.items[1]!.id }, decision: 'NUFA takes the matter under advisement.' }));
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, tom, 'decisions publish NUFA 2/2026'));
    const question = t.connector.sent()[before]!.body.attachments[0].content;
    expect(JSON.stringify(question)).toContain('2 of 3 items have no recorded decision.');
    const yes = (question.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions).find((a: any) => a.title === 'Publish anyway');
    const after = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, tom, yes.verb, yes.data));
    expect(JSON.stringify(t.connector.sent()[after]!.body)).toContain('The decisions of NUFA 2/2026 are being posted');
    const post = await waitFor(() => t.connector.sent().find((c) => c.conversationId === NUFA_CHANNEL), 10_000, 'teams summary');
    const card = JSON.stringify(post.body.attachments[0].content);
    expect(card).toContain('Vedtak fra NUFA 2/2026');
    expect(card).toContain('**Sak 12/26 – Felles kommunal journal** (Orientering)\\n\\nNUFA takes the matter under advisement.');

    const jobId = publishDecisionsJob.jobId({ meetingId: nufa.meeting.id });
    await jobDone(jobId);
    await t.app.services.jobs.reschedule(publishDecisionsJob, { meetingId: nufa.meeting.id }, new Date(NOW.getTime() - 1000));
    await jobDone(jobId);
    expect(t.connector.sent().filter((c) => c.conversationId === NUFA_CHANNEL)).toHaveLength(1);
  });

  it('updates the posted activity in place (PUT) after a correction', async () => {
    await recordDecision(t, { itemId: nufa.items[1]!.id, recordedById: nufa.people.secretariatEn.id, text: 'NUFA takes the matter under advisement.' });
    await publishDecisions(t, nufa.meeting.id);
    const posted = await db().delivery.findUniqueOrThrow({ where: { idempotencyKey: `decisions.summary.${nufa.meeting.id}` } });
    await postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:Qtom', aadObjectId: 'aad-Qtom' }, DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: nufa.items[1]!.id }, decision: 'NUFA endorses the work.' }));
    const update = await waitFor(() => t.connector.calls.find((c) => c.verb === 'update' && c.conversationId === NUFA_CHANNEL), 10_000, 'PUT activity');
    expect(update.activityId).toBe(posted.platformMessageId);
    const card = JSON.stringify(update.body.attachments[0].content);
    expect(card).toContain('NUFA endorses the work.');
    expect(card).toContain('✏️ Rettet 21. mai 2026.');
    expect(t.connector.sent().filter((c) => c.conversationId === NUFA_CHANNEL)).toHaveLength(1);
  });
});
