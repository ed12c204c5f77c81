import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMinutesItem } from '../../../src/decisions/add-minutes-item.js';
import { draftMinutesReminderJob } from '../../../src/decisions/jobs/draft-minutes-job.js';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

let t: TestApp;
let s: Seed;
let outsider: { id: string };

// Each test gets its own app and database, with NUIT 2/2026's two decisions published.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'S' });
  outsider = await t.db.prisma.person.create({ data: { key: 'outsider', name: 'Ute Utenfor', email: 'ute@example.no', slackUserId: 'UOUT' } });
  await recordDecision(t, { itemId: s.items[1]!.id, text: 'NUIT tar saken om felles journal til orientering.', recordedById: s.people.secretariat.id });
  await recordDecision(t, { itemId: s.items[2]!.id, text: 'NUIT ber direktoratet ta innspillene med i videre arbeid.', recordedById: s.people.secretariat.id });
  await publishDecisions(t, s.meeting.id);
  await warmUpSlack(t, 'USALI');
});
afterEach(async () => t?.close());

const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), 'application/x-www-form-urlencoded');

describe('searching decisions', () => {
  it('finds a decision by text for a member, in bokmål, with a link to the summary', async () => {
    const res = await slash('USALI', 'søk vedtak journal');
    const blocks = JSON.stringify(res.json.blocks);
    expect(blocks).toContain('Vedtak (1 treff)');
    expect(blocks).toContain('*NUIT sak 12/26 – Felles kommunal journal* (NUIT 2/2026)');
    expect(blocks).toContain('NUIT tar saken om felles journal til orientering.');
    const ts = (await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: `decisions.summary.${s.meeting.id}` } })).platformMessageId!;
    expect(blocks).toContain(`<https://slack.com/archives/C0NUIT/p${ts.replace('.', '')}|vedtaksoppsummeringen>`);
  });

  it('finds by case number, committee and year in English in Teams', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:Semma', aadObjectId: 'aad-Semma' }, 'search decisions NUIT 2026 case 13/26'));
    const card = JSON.stringify(t.connector.sent()[before]!.body.attachments[0].content);
    expect(card).toContain('Decisions (1 found)');
    expect(card).toContain('**NUIT item 13/26 – Porteføljerapport Q1** (NUIT 2/2026)');
    expect(card).toContain('[the decision summary](https://slack.com/archives/C0NUIT/p');
  });

  it('says so when nothing matches, and refuses someone outside every committee', async () => {
    expect((await slash('USALI', 'søk vedtak NUIT 2025')).json.text).toBe('Fant ingen publiserte vedtak som passer.');
    expect((await slash('UOUT', 'search decisions journal')).json.text).toBe('Du må være med i et utvalg for å søke i vedtakene.');
  });

  it('also answers "vedtak søk" and explains the grammar for a bare "søk"', async () => {
    expect(JSON.stringify((await slash('USALI', 'vedtak søk sak 12/26')).json.blocks)).toContain('Felles kommunal journal');
    expect((await slash('USALI', 'søk')).json.text).toContain('søk vedtak journal NUIT 2026');
  });
});

describe('the minutes', () => {
  it('puts their approval on a meeting created later, once', async () => {
    const db = t.db.prisma;
    const next = await db.meeting.create({ data: { committeeId: s.committee.id, year: 2026, number: 3, startsAt: new Date('2026-09-10T08:00:00Z'), endsAt: new Date('2026-09-10T14:00:00Z'), place: 'Oslo' } });
    const notice = await db.agendaItem.create({ data: { meetingId: next.id, committeeId: s.committee.id, caseYear: 2026, caseNumber: 30, type: 'approval', kind: 'notice_and_agenda', title: 'Godkjenning av innkalling og saksliste', position: 0 } });
    const other = await db.agendaItem.create({ data: { meetingId: next.id, committeeId: s.committee.id, caseYear: 2026, caseNumber: 31, type: 'discussion', title: 'Strategi', position: 1 } });
    // As the meetings code would have left it after numbering those two items.
    await db.caseNumberCounter.update({ where: { committeeId_year: { committeeId: s.committee.id, year: 2026 } }, data: { lastNumber: 31 } });
    const id = await addMinutesItem(db, next.id);
    expect(await addMinutesItem(db, next.id)).toBe(id);
    const items = await db.agendaItem.findMany({ where: { meetingId: next.id }, orderBy: { position: 'asc' } });
    expect(items.map((i) => [i.id === id ? 'minutes' : i.id, i.position])).toEqual([[notice.id, 0], ['minutes', 1], [other.id, 2]]);
    expect(items[1]).toMatchObject({ kind: 'previous_minutes', title: 'Godkjenning av referat fra NUIT 2/2026', caseNumber: 32, proposedDecision: 'Referatet fra NUIT 2/2026 godkjennes.' });
  });

  it('numbers two minutes items created at the same moment apart, and makes one item of two calls for one meeting', async () => {
    const db = t.db.prisma;
    const meeting = (number: number, day: string) =>
      db.meeting.create({ data: { committeeId: s.committee.id, year: 2026, number, startsAt: new Date(`${day}T08:00:00Z`), endsAt: new Date(`${day}T14:00:00Z`), place: 'Oslo' } });
    const [m4, m5] = [await meeting(4, '2026-10-15'), await meeting(5, '2026-11-19')];
    const { lastNumber } = await db.caseNumberCounter.findUniqueOrThrow({ where: { committeeId_year: { committeeId: s.committee.id, year: 2026 } } });
    const ids = await Promise.all([addMinutesItem(db, m4.id), addMinutesItem(db, m5.id), addMinutesItem(db, m5.id)]);
    expect(ids[1]).toBe(ids[2]);
    const items = await db.agendaItem.findMany({ where: { meetingId: { in: [m4.id, m5.id] }, kind: 'previous_minutes' } });
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.caseNumber).sort()).toEqual([lastNumber + 1, lastNumber + 2]);
  });

  it('reminds the secretariat to circulate the draft minutes at the milestone, once', async () => {
    const job = { meetingId: s.meeting.id };
    await t.app.services.jobs.enqueue(draftMinutesReminderJob, job, { runAt: NOW });
    const sara = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USSARA'), 10_000, 'reminder');
    expect(sara.args.text).toBe('📝 Tid for å sende utkast til referat fra NUIT 2/2026 til medlemmene. Godkjenning av referatet står på sakslisten til neste møte.');
    const tom = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USTOM'), 10_000, 'reminder in English');
    expect(tom.args.text).toContain('Time to circulate the draft minutes of NUIT 2/2026');
    await t.app.services.jobs.reschedule(draftMinutesReminderJob, job, NOW);
    await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId: draftMinutesReminderJob.jobId(job) } }))?.state === 'done');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'USSARA')).toHaveLength(1);
  });
});
