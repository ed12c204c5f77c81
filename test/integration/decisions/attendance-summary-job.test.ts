import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionFormIds } from '../../../src/decisions/ids.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity } from '../../helpers/teams-activities.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

/**
 * Attendance saved after the decisions are published: the turn saves it and stages `decisions.attendance-summary`
 * in the same transaction ("the turn decides, the queue does"); the job edits every copy of the posted summary.
 */
const FORM = 'application/x-www-form-urlencoded';
const TEAMS_CHANNEL = '19:nuit-general@thread.tacv2';
const select = (v: string) => ({ v: { type: 'static_select', selected_option: { value: v } } });
const text = (v: string) => ({ v: { type: 'plain_text_input', value: v } });

let t: TestApp;
let s: Seed;
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', teamsConversationId: TEAMS_CHANNEL, prefix: 'M' });
  await warmUpSlack(t, 'UMSARA');
  await recordDecision(t, { itemId: s.items[1]!.id, recordedById: s.people.secretariat.id, text: 'NUIT tar saken til orientering.' });
  await publishDecisions(t, s.meeting.id);
}, 60_000);
afterEach(async () => t?.close());

const jobId = () => `decisions.attendance-summary.${s.meeting.id}`;
const slackEdits = () => t.slack.callsTo('chat.update').filter((c) => c.args.channel === 'C0NUIT');
const teamsEdits = () => t.connector.calls.filter((c) => c.verb === 'update' && c.conversationId === TEAMS_CHANNEL);
const summaryCopies = () => t.db.prisma.delivery.findMany({ where: { kind: 'decision_summary' }, orderBy: { platform: 'asc' } });
const slackSaid = (res: { json?: unknown }) => [JSON.stringify(res.json ?? {}), ...t.slack.calls.map((c) => JSON.stringify(c.args))].join('\n');

/** Waits for the staged job to run, then for its edits to be delivered. */
async function jobRun() {
  await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId: jobId() } }))?.state === 'done', 15_000, 'attendance summary job');
  await settleOutbox(t);
}

describe('attendance saved after publishing: the summary is edited by a job, not by the turn', () => {
  it('Slack (bokmål): the turn only stages the job and says so; a double submission stages one job; the job edits the Slack and the Teams copy once each', async () => {
    const before = await summaryCopies();
    expect(before.map((c) => [c.platform, c.state])).toEqual([['slack', 'sent'], ['teams', 'sent']]);
    // Nothing runs jobs while the turn is looked at: whatever the platforms see now came from the turn.
    await t.app.worker!.pause();
    t.slack.reset();
    t.connector.reset();

    const body = interactionBody(viewSubmissionPayload('UMSARA', {
      callback_id: DecisionFormIds.attendance,
      private_metadata: JSON.stringify({ meetingId: s.meeting.id }),
      values: { [`member_${s.people.absentee.id}`]: select('absent'), [`member_${s.people.member.id}`]: select('present'), others: text('Dina Vara') },
    }));
    // A double click: the same view submitted twice.
    const first = await postSlack(t.url, SLACK_SECRET, body, FORM);
    const second = await postSlack(t.url, SLACK_SECRET, body, FORM);
    expect([first.status, second.status]).toEqual([200, 200]);
    const said = await waitFor(() => (slackSaid(first).includes('Oppmøtet er lagret') ? slackSaid(first) : null), 15_000, 'answer');
    expect(said).toContain('Oppmøtet er lagret: 1 til stede, 1 med fravær, 1 andre.');
    expect(said).toContain('Den publiserte vedtaksoppsummeringen oppdateres i kanalen om et øyeblikk.');

    // The turn touched no copy: no platform call, no edit asked of the outbox; one job, staged with the save.
    expect(slackEdits()).toHaveLength(0);
    expect(teamsEdits()).toHaveLength(0);
    const during = await summaryCopies();
    expect(during.map((c) => c.updatePending)).toEqual([false, false]);
    expect(during.map((c) => JSON.stringify(c.payload))).toEqual(before.map((c) => JSON.stringify(c.payload)));
    const staged = await t.db.prisma.scheduledJob.findMany({ where: { name: 'decisions.attendance-summary' } });
    expect(staged.map((j) => [j.jobId, j.state, j.payloadVersion, j.payload])).toEqual([[jobId(), 'pending', 1, { meetingId: s.meeting.id }]]);
    expect(await t.db.prisma.attendance.count({ where: { meetingId: s.meeting.id } })).toBe(3);

    t.app.worker!.resume();
    await jobRun();
    expect(slackEdits()).toHaveLength(1);
    expect(teamsEdits()).toHaveLength(1);
    expect(slackEdits()[0]!.args.ts).toBe(before[0]!.platformMessageId);
    expect(teamsEdits()[0]!.activityId).toBe(before[1]!.platformMessageId);
    for (const edit of [JSON.stringify(slackEdits()[0]!.args.blocks), JSON.stringify(teamsEdits()[0]!.body)]) {
      expect(edit).toContain('Ali Borte');
      expect(edit).toContain('Dina Vara');
    }
    // Nothing was posted anew.
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NUIT')).toHaveLength(0);
    expect(t.connector.sent().filter((c) => c.conversationId === TEAMS_CHANNEL)).toHaveLength(0);
  }, 60_000);

  it('Teams (English): the answer says the summary will be updated; a double submission stages one job; a save that changes nothing stages none and says nothing of it', async () => {
    const tom = { id: '29:Mtom', aadObjectId: 'aad-Mtom' };
    const card = (token: string) =>
      cardActionActivity(t.connector.url, tom, DecisionFormIds.attendance, {
        _formId: DecisionFormIds.attendance,
        _context: { meetingId: s.meeting.id },
        _submission: token,
        _multi: ['observers'],
        [`member_${s.people.presenter.id}`]: 'present',
        [`member_${s.people.absentee.id}`]: 'absent',
        others: 'Gjest Gjestesen',
      });
    await t.app.worker!.pause();
    t.slack.reset();
    t.connector.reset();
    const [a, b] = await Promise.all([postActivity(t.url, card('tok-1')), postActivity(t.url, card('tok-1'))]);
    const answers = [JSON.stringify(a.json), JSON.stringify(b.json)];
    expect(answers.some((x) => x.includes('Attendance saved: 1 present, 1 absent, 1 others. The published decision summary will be updated in the channel in a moment.'))).toBe(true);
    expect(slackEdits()).toHaveLength(0);
    expect(teamsEdits()).toHaveLength(0);
    expect((await summaryCopies()).map((c) => c.updatePending)).toEqual([false, false]);
    expect(await t.db.prisma.scheduledJob.count({ where: { name: 'decisions.attendance-summary' } })).toBe(1);
    expect(await t.db.prisma.auditLog.count({ where: { action: 'decisions.attendance.changed', subjectId: s.meeting.id } })).toBe(1);

    t.app.worker!.resume();
    await jobRun();
    expect(slackEdits()).toHaveLength(1);
    expect(teamsEdits()).toHaveLength(1);
    expect(JSON.stringify(teamsEdits()[0]!.body)).toContain('Gjest Gjestesen');
    const done = await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: jobId() } });

    // The same form sent again (a new submission): nothing changes, so nothing is staged, edited or promised.
    const again = await postActivity(t.url, card('tok-2'));
    const said = JSON.stringify(again.json);
    expect(said).toContain('Attendance saved: 1 present, 1 absent, 1 others.');
    expect(said).not.toContain('will be updated');
    const after = await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: jobId() } });
    expect([after.state, after.updatedAt.getTime()]).toEqual(['done', done.updatedAt.getTime()]);
    await settleOutbox(t);
    expect(slackEdits()).toHaveLength(1);
    expect(teamsEdits()).toHaveLength(1);
  }, 60_000);
});
