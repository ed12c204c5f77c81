import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

// NUFA's secretariat against NUIT's meeting and the national portfolio, which workflows/portfolio.yaml gives to
// NUIT, even though the roster (wrongly) marks NUFA as the committee that treats it.
let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
let meetingId: string;
let nora: { id: string };
let nick: { id: string };
const now = new Date('2021-03-01T08:00:00Z');
const nickTeams = { id: '29:nick', aadObjectId: 'aad-nick' };
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), 'application/x-www-form-urlencoded');
const teams = async (text: string) => {
  const before = t.connector.sent().length;
  await postActivity(t.url, messageActivity(t.connector.url, nickTeams, text, 'en-GB'));
  return JSON.stringify(t.connector.repliesIn(dmOf(nickTeams), before).map((s) => s.body));
};
const snapshot = async () => {
  const db = t.db.prisma;
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  // The meeting's invitations are still being delivered in the background, so deliveries and their jobs are left out.
  return {
    meeting,
    items: await db.agendaItem.count(),
    deadlines: await db.deadline.findMany({ orderBy: { id: 'asc' } }),
    rounds: await db.reportingRound.count(),
    fanOuts: await db.fanOut.count(),
  };
};
const refusals = (actorId: string) => t.db.prisma.auditLog.findMany({ where: { actorId, action: 'access.refused' }, orderBy: { at: 'asc' } });

// Each test gets its own app, so the refusals it counts are its own.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
  const db = t.db.prisma;
  await db.committee.update({ where: { id: people.committee.id }, data: { treatsPortfolio: false } });
  const nufa = await db.committee.create({ data: { key: 'NUFA', name: 'NUFA', cycle: 'nufa', treatsPortfolio: true } });
  nora = await db.person.create({ data: { key: 'nora', name: 'Nora NUFA', email: 'nora@example.no', slackUserId: 'UNORA' } });
  nick = await db.person.create({ data: { key: 'nick', name: 'Nick NUFA', email: 'nick@example.no', locale: 'en', teamsUserId: nickTeams.id, aadObjectId: nickTeams.aadObjectId } });
  for (const p of [nora, nick]) await db.membership.create({ data: { committeeId: nufa.id, personId: p.id, role: 'secretariat' } });
  meetingId = (await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' })).id;
  await slash('UNORA', 'help'); // warm up, so the first real command answers well within Slack's 3 seconds
});
afterEach(async () => t?.close());

describe('a secretariat acts on its own committees only', () => {
  it('Slack: NUFA’s secretariat is refused NUIT’s meeting; nothing changes, and each refusal is audited', async () => {
    const before = await snapshot();
    for (const words of ['møte ny NUIT', 'møte flytt NUIT', 'møte avlys NUIT', 'møte distribuer NUIT']) {
      const res = await slash('UNORA', words);
      expect(res.json.text, words).toBe('Bare sekretariatet for utvalget kan gjøre dette.');
    }
    expect(t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === 'trigger-UNORA')).toHaveLength(0);
    expect(await snapshot()).toEqual(before);
    const rows = await refusals(nora.id);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ subjectType: 'permission', subjectId: people.committee.id, details: { permission: 'manage_meeting', refusal: 'not_committee_secretariat' } });
  });

  it('Teams: the same refusal in English, and the meeting stays as it was', async () => {
    const before = await snapshot();
    for (const words of ['meeting cancel NUIT', 'meeting distribute NUIT']) {
      expect(await teams(words), words).toContain('Only the committee’s secretariat can do this.');
    }
    expect(await snapshot()).toEqual(before);
    expect((await refusals(nick.id)).map((r) => r.details)).toEqual([
      { permission: 'manage_meeting', refusal: 'not_committee_secretariat' },
      { permission: 'manage_meeting', refusal: 'not_committee_secretariat' },
    ]);
  });
});

describe('the national portfolio belongs to the committee workflows/portfolio.yaml names (NUIT)', () => {
  it('Slack: NUFA’s secretariat cannot open, close or follow a round, ask for its report, nor list the red dependencies', async () => {
    const before = await snapshot();
    for (const words of ['runde åpne "Q1 2021" 2021-03-31 2021-04-20', 'runde status', 'runde lukk Q1 2021', 'runde oppsummering', 'runde rapport']) {
      expect((await slash('UNORA', words)).json.text, words).toBe('Bare sekretariatet kan gjøre dette.');
    }
    expect((await slash('UNORA', 'avhengigheter røde')).json.text).toBe('Bare sekretariatet kan se alle røde avhengigheter.');
    expect(await snapshot()).toEqual(before);
    const details = (await refusals(nora.id)).map((r) => r.details);
    expect(details).toEqual([
      ...Array(5).fill({ permission: 'manage_round', refusal: 'not_portfolio_secretariat' }),
      { permission: 'list_red_dependencies', refusal: 'not_dependency_secretariat' },
    ]);
  });

  it('Teams: NUFA’s secretariat is refused in English and no round is opened', async () => {
    const before = await snapshot();
    expect(await teams('round open "Q1 2021" 2021-03-31 2021-04-20')).toContain('Only the secretariat can do this.');
    expect(await snapshot()).toEqual(before);
  });

  it('NUIT’s secretariat, not marked in the roster, opens the round', async () => {
    await slash('UKARI', 'runde åpne "Q1 2021" 2021-03-31 2021-04-20');
    expect(await waitFor(() => t.db.prisma.reportingRound.findFirst({ where: { label: 'Q1 2021' } }), 10_000, 'round')).toMatchObject({ state: 'open' });
    expect(await refusals(people.kari.id)).toEqual([]);
  });
});
