import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { expandFanOut, expandFanOutBatch, FAN_OUT_BATCH } from '../../../src/outbox/expand-fan-out.js';
import { fanOutHandler } from '../../../src/outbox/jobs/fan-out-handler.js';
import { UNREACHABLE } from '../../../src/outbox/send-to-person.js';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';

const REACHABLE = 300;
const UNREACHABLE_PEOPLE = 2;
const OWNERS = 250;
let now = new Date('2021-03-01T08:00:00Z');
let t: TestApp;
let committeeId: string;
let secretariat: string[];

// No worker: the test runs the expansion itself, one batch at a time, as a worker that crashes would leave it.
// Each test gets its own app, database and clock (the round test moves the clock on).
beforeEach(async () => {
  now = new Date('2021-03-01T08:00:00Z');
  t = await startTestApp({ app: { clock: () => now, worker: false } });
  const db = t.db.prisma;
  const committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT', cycle: 'nuit', slackChannelId: 'C0NUIT' } });
  committeeId = committee.id;
  const sara = await db.person.create({ data: { key: 'sara', name: 'Sara Sekretariat', email: 'sara@example.no', slackUserId: 'USARA' } });
  const org = await db.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
  await db.person.createMany({
    data: [
      ...Array.from({ length: REACHABLE }, (_, i) => ({ key: `m${i}`, name: `Medlem ${i}`, email: `m${i}@example.no`, slackUserId: `UM${i}` })),
      // On no platform: recorded as failed and reported to the secretariat, once.
      ...Array.from({ length: UNREACHABLE_PEOPLE }, (_, i) => ({ key: `x${i}`, name: `Uten plattform ${i}`, email: `x${i}@example.no` })),
    ],
  });
  const members = await db.person.findMany({ where: { OR: [{ key: { startsWith: 'm' } }, { key: { startsWith: 'x' } }] } });
  await db.membership.createMany({ data: [{ committeeId, personId: sara.id, role: 'secretariat' }, ...members.map((m) => ({ committeeId, personId: m.id, role: 'member' as const }))] });
  secretariat = [sara.id];
  await warmUpSlack(t, 'USARA');
  await db.initiative.createMany({
    data: members.slice(0, OWNERS).map((m, i) => ({ key: `i${i}`, name: `Tiltak ${i}`, organisationId: org.id, ownerId: m.id, segment: 'samstyring', state: 'active' as const })),
  });
}, 60_000);
afterEach(async () => t?.close());

const invites = (meetingId: string) => t.db.prisma.delivery.findMany({ where: { idempotencyKey: { startsWith: `invite.${meetingId}.` } } });
const failureNotices = () => t.db.prisma.delivery.count({ where: { kind: 'delivery_failure' } });

describe('a fan-out interrupted after one batch', () => {
  it('resumes where it stopped, and a batch done again creates nothing new', async () => {
    const total = REACHABLE + UNREACHABLE_PEOPLE;
    const meeting = await createMeeting(t.app.services, { committeeId, startsAt: instantAt('2021-05-20', '10:00'), endsAt: instantAt('2021-05-20', '13:30'), place: 'Oslo', videoLink: null });
    expect(meeting.invited).toBe(total);
    const key = `invite.${meeting.id}`;
    expect(await invites(meeting.id)).toHaveLength(0);

    // One batch, then the "crash": the batch is committed with its cursor, its deliver jobs staged.
    expect(await expandFanOutBatch(t.app.services, key)).toBe('more');
    const first = await invites(meeting.id);
    expect(first).toHaveLength(FAN_OUT_BATCH);
    const afterOne = await t.db.prisma.fanOut.findUniqueOrThrow({ where: { key } });
    expect([afterOne.expanded, afterOne.state]).toEqual([FAN_OUT_BATCH, 'pending']);
    const pendingFirst = first.filter((d) => d.state === 'pending');
    expect(await t.db.prisma.scheduledJob.count({ where: { name: 'deliver', jobId: { in: pendingFirst.map((d) => `deliver.${d.id}`) } } })).toBe(pendingFirst.length);

    // The job runs again: it goes on from the cursor to the end.
    await fanOutHandler.handle({ key }, t.app.services);
    const all = await invites(meeting.id);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((d) => d.personId)).size).toBe(total);
    expect(all.filter((d) => d.state === 'failed').map((d) => d.lastError)).toEqual(Array(UNREACHABLE_PEOPLE).fill(UNREACHABLE));
    const done = await t.db.prisma.fanOut.findUniqueOrThrow({ where: { key } });
    expect([done.expanded, done.state]).toEqual([total, 'done']);
    // Each person on no platform is reported to each secretariat member once.
    expect(await failureNotices()).toBe(UNREACHABLE_PEOPLE * secretariat.length);

    // Every batch done again from the start (as after a lost cursor): the same keys, nothing new.
    const jobsBefore = await t.db.prisma.scheduledJob.count({ where: { name: 'deliver' } });
    await t.db.prisma.fanOut.update({ where: { key }, data: { cursor: null, expanded: 0, state: 'pending' } });
    await expandFanOut(t.app.services, key);
    expect(await invites(meeting.id)).toHaveLength(total);
    expect(await t.db.prisma.scheduledJob.count({ where: { name: 'deliver' } })).toBe(jobsBefore);
    expect(await failureNotices()).toBe(UNREACHABLE_PEOPLE * secretariat.length);
    // A finished fan-out run once more does nothing at all.
    await fanOutHandler.handle({ key }, t.app.services);
    expect(await invites(meeting.id)).toHaveLength(total);
  }, 120_000);
});

describe('opening a round for many owners', () => {
  it('stages one fan-out, answers with the count, and the fan-out asks every owner once', async () => {
    now = new Date('2026-06-25T10:00:00Z');
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('USARA', 'runde åpne "Q2 2026" 2026-06-30 2026-08-15'), 'application/x-www-form-urlencoded');
    expect(res.json.text).toContain(`«Q2 2026» er åpnet med frist 15. august 2026. ${OWNERS} tiltakseiere er bedt om å rapportere.`);
    const round = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q2 2026' } });
    // The turn wrote the round, its reminders and one fan-out, and asked nobody itself.
    expect(await t.db.prisma.delivery.count({ where: { kind: 'portfolio_invite' } })).toBe(0);
    const fanOuts = await t.db.prisma.fanOut.findMany({ where: { kind: 'round-invite' } });
    expect(fanOuts.map((f) => [f.key, f.total, f.state])).toEqual([[`portfolio.invite.${round.id}`, OWNERS, 'pending']]);
    expect(await t.db.prisma.scheduledJob.count({ where: { name: 'fan-out', jobId: `fan-out.portfolio.invite.${round.id}`, state: 'pending' } })).toBe(1);
    expect(await t.db.prisma.scheduledJob.count({ where: { subjectId: round.id, state: 'pending' } })).toBe(3);

    await fanOutHandler.handle({ key: `portfolio.invite.${round.id}` }, t.app.services);
    const asked = await t.db.prisma.delivery.findMany({ where: { kind: 'portfolio_invite' } });
    expect(asked).toHaveLength(OWNERS);
    expect(new Set(asked.map((d) => d.idempotencyKey)).size).toBe(OWNERS);
    expect(asked.every((d) => d.idempotencyKey.startsWith(`portfolio.invite.${round.id}.`))).toBe(true);
  }, 120_000);
});
