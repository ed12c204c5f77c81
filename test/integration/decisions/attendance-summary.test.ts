import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionActionIds, DecisionFormIds } from '../../../src/decisions/ids.js';
import { ATTENDANCE_AUDIT_ACTION } from '../../../src/decisions/record-attendance.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordAttendance } from '../../helpers/fixtures/record-attendance.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

const FORM = 'application/x-www-form-urlencoded';
const text = (v: string) => ({ v: { type: 'plain_text_input', value: v } });
const select = (v: string) => ({ v: { type: 'static_select', selected_option: { value: v } } });
const multi = (...v: string[]) => ({ v: { type: 'multi_static_select', selected_options: v.map((value) => ({ value })) } });

describe('attendance in the summary, Slack (bokmål)', () => {
  let t: TestApp;
  let s: Seed;
  // Each test gets its own app and database; a test about recorded attendance records it itself first.
  beforeEach(async () => {
    t = await startTestApp({ app: { clock: () => NOW } });
    s = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'A' });
  });
  afterEach(async () => t?.close());
  /** The attendance the two secretaries' saves leave: Per and Emma present (Emma not in 13/26), Ali absent, Olga observing, Dina Vara. */
  const attendanceRecorded = () =>
    recordAttendance(t, {
      meetingId: s.meeting.id,
      actorId: s.people.secretariat.id,
      observerIds: [s.people.observer.id],
      present: [s.people.presenter.id, s.people.member.id],
      absent: [s.people.absentee.id],
      observers: [s.people.observer.id],
      others: ['Dina Vara'],
      notParticipating: { [s.people.member.id]: [s.items[2]!.id] },
    });
  const slack = (body: string) => postSlack(t.url, SLACK_SECRET, body, FORM);
  const submit = (user: string, formId: string, context: object, values: Record<string, Record<string, unknown>>) =>
    slack(interactionBody(viewSubmissionPayload(user, { callback_id: formId, private_metadata: JSON.stringify(context), values })));
  const summaryPosts = () => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NUIT');

  it('two secretaries saving attendance at once (Slack and Teams) both keep their rows, and the audit log says who changed what', async () => {
    const p = s.people;
    // A row written meanwhile for someone neither form sets (as a reply recorded elsewhere would be).
    await t.db.prisma.attendance.create({ data: { meetingId: s.meeting.id, personId: p.absentee.id, status: 'absent' } });
    await Promise.all([
      submit('UASARA', DecisionFormIds.attendance, { meetingId: s.meeting.id }, {
        [`member_${p.presenter.id}`]: select('present'),
        observers: multi(p.observer.id),
        others: text('Dina Vara'),
      }),
      postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:Atom', aadObjectId: 'aad-Atom' }, DecisionFormIds.attendance, {
        _formId: DecisionFormIds.attendance,
        _context: { meetingId: s.meeting.id },
        [`member_${p.member.id}`]: 'present',
        observers: p.observer.id,
        others: 'Dina Vara',
        _multi: ['observers', `absent_from_${s.items[2]!.id}`],
        [`absent_from_${s.items[2]!.id}`]: p.member.id,
      })),
    ]);
    const rows = await t.db.prisma.attendance.findMany({ where: { meetingId: s.meeting.id } });
    const status = (id: string) => rows.find((r) => r.personId === id)?.status;
    expect([status(p.presenter.id), status(p.member.id), status(p.absentee.id), status(p.observer.id)]).toEqual(['present', 'present', 'absent', 'observer']);
    expect(rows.find((r) => r.personId === p.member.id)?.notParticipatingItemIds).toEqual([s.items[2]!.id]);
    expect(rows.filter((r) => r.status === 'other').map((r) => r.name)).toEqual(['Dina Vara']);
    const audit = await t.db.prisma.auditLog.findMany({ where: { action: ATTENDANCE_AUDIT_ACTION, subjectId: s.meeting.id } });
    expect(audit.map((a) => a.actorId).sort()).toEqual([p.secretariat.id, p.secretariatEn.id].sort());
    const bySara = audit.find((a) => a.actorId === p.secretariat.id)!.details as { changes: { personId: string; from: unknown; to: { status: string } }[] };
    expect(bySara.changes).toContainEqual({ personId: p.presenter.id, from: null, to: { status: 'present', notParticipatingItemIds: [] } });
    expect(audit.find((a) => a.actorId === p.secretariatEn.id)!.platform).toBe('teams');
  });

  it('posts the attendance and who did not take part in an item with the decisions', async () => {
    await attendanceRecorded();
    await submit('UASARA', DecisionFormIds.decision, { itemId: s.items[2]!.id }, { decision: text('NUIT ber direktoratet ta innspillene med i videre arbeid.') });
    // Publish, confirmed (item 10/26 has no decision).
    await slack(interactionBody(blockActionPayload('UASARA', `${DecisionActionIds.publish}#0`, JSON.stringify({ meetingId: s.meeting.id, confirmed: true }))));
    const summary = await waitFor(() => summaryPosts()[0], 10_000, 'summary');
    const blocks = JSON.stringify(summary.args.blocks);
    expect(blocks).toContain('*Til stede:* Emma Medlem, Per Presenter\\n*Forfall:* Ali Borte\\n*Andre til stede:* Dina Vara\\n*Observatører:* Olga Observatør');
    expect(blocks).toContain('NUIT ber direktoratet ta innspillene med i videre arbeid.\\nEmma Medlem deltok ikke i behandlingen av sak 13/26.');
    expect(summary.args.text).toContain('Til stede: Emma Medlem, Per Presenter');
  });

  it('edits the posted summary in place when attendance is corrected after publishing', async () => {
    await attendanceRecorded();
    await recordDecision(t, { itemId: s.items[2]!.id, recordedById: s.people.secretariat.id, text: 'NUIT ber direktoratet ta innspillene med i videre arbeid.' });
    await publishDecisions(t, s.meeting.id);
    const { platformMessageId: ts } = await waitFor(() => t.db.prisma.delivery.findFirst({ where: { idempotencyKey: `decisions.summary.${s.meeting.id}`, state: 'sent' } }), 10_000, 'summary sent');
    await submit('UASARA', DecisionFormIds.attendance, { meetingId: s.meeting.id }, {
      [`member_${s.people.absentee.id}`]: select('present'),
      observers: multi(s.people.observer.id),
      others: text('Dina Vara'),
      [`absent_from_${s.items[2]!.id}`]: multi(s.people.member.id, s.people.absentee.id),
    });
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'chat.update');
    expect(update.args.ts).toBe(ts);
    expect(JSON.stringify(update.args.blocks)).toContain('Ali Borte og Emma Medlem deltok ikke i behandlingen av sak 13/26.');
    expect(summaryPosts()).toHaveLength(1);
  });
});

describe('attendance in the summary, Teams (English channel language)', () => {
  let t: TestApp;
  let s: Seed;
  const CHANNEL = '19:nufa-general@thread.tacv2';
  beforeEach(async () => {
    t = await startTestApp({ env: { DEFAULT_LOCALE: 'en' }, app: { clock: () => NOW } });
    s = await seedCommittee(t, { key: 'NUFA', teamsConversationId: CHANNEL, prefix: 'B' });
  });
  afterEach(async () => t?.close());

  it('records attendance from a card and posts it with the decisions', async () => {
    const tom = { id: '29:Btom', aadObjectId: 'aad-Btom' };
    const p = s.people;
    await postActivity(t.url, cardActionActivity(t.connector.url, tom, DecisionFormIds.attendance, {
      _formId: DecisionFormIds.attendance,
      _context: { meetingId: s.meeting.id },
      [`member_${p.presenter.id}`]: 'present',
      [`member_${p.member.id}`]: 'present',
      [`member_${p.absentee.id}`]: 'absent',
      others: 'Gjest Gjestesen',
      _multi: ['observers', `absent_from_${s.items[1]!.id}`],
      [`absent_from_${s.items[1]!.id}`]: `${p.presenter.id},${p.member.id}`,
    }));
    await postActivity(t.url, cardActionActivity(t.connector.url, tom, DecisionFormIds.decision, { _formId: DecisionFormIds.decision, _context: { itemId: s.items[1]!.id }, decision: 'NUFA takes the matter under advisement.' }));
    await postActivity(t.url, cardActionActivity(t.connector.url, tom, DecisionActionIds.publish, { _payload: { meetingId: s.meeting.id, confirmed: true } }));
    const post = await waitFor(() => t.connector.sent().find((c) => c.conversationId === CHANNEL), 10_000, 'teams summary');
    const card = JSON.stringify(post.body.attachments[0].content);
    expect(card).toContain('**Present:** Emma Medlem, Per Presenter');
    expect(card).toContain('**Absent:** Ali Borte');
    expect(card).toContain('**Other attendees:** Gjest Gjestesen');
    expect(card).not.toContain('Observers');
    expect(card).toContain('Emma Medlem and Per Presenter did not take part in item 12/26.');
  });
});
