import { unescapeMarkup } from '../../../src/ui/markup.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RosterForms } from '../../../src/roster/ids.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity } from '../../helpers/teams-activities.js';

// NUFA's secretariat imports from chat: NUFA and its people are theirs; NUIT, its people and the portfolio are not.
// Each test gets its own app and roster: the import that succeeds changes NUFA, which the refusals compare against.
let t: TestApp;
const nickTeams = { id: '29:nick', aadObjectId: 'aad-nick' };
const submitSlack = (user: string, text: string) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: RosterForms.import, values: { roster: { roster: { type: 'plain_text_input', value: text } } } })), 'application/x-www-form-urlencoded');
const submitTeams = (text: string) =>
  postActivity(t.url, cardActionActivity(t.connector.url, nickTeams, RosterForms.import, { _formId: RosterForms.import, _context: {}, roster: text }, 'en-GB'));

/** Everything an import can write, as plain rows, to show nothing changed. */
const snapshot = async () => {
  const db = t.db.prisma;
  const strip = <T extends { updatedAt?: Date }>(rows: T[]) => rows.map(({ updatedAt: _, ...rest }) => rest);
  return {
    organisations: strip(await db.organisation.findMany({ orderBy: { key: 'asc' } })),
    // Where the bot reaches a person (remembered by the transport on first contact) is not roster data.
    people: strip(await db.person.findMany({ orderBy: { key: 'asc' }, omit: { teamsConversationRef: true, slackDmChannelId: true } })),
    committees: strip(await db.committee.findMany({ orderBy: { key: 'asc' } })),
    memberships: await db.membership.findMany({ orderBy: { id: 'asc' } }),
    initiatives: strip(await db.initiative.findMany({ orderBy: { key: 'asc' } })),
    contacts: await db.portfolioContact.findMany({ orderBy: { id: 'asc' } }),
  };
};

// NUFA's own part (a renamed committee, a new member) with NUIT renamed, NUIT's Kari renamed and an initiative added.
const REACHING_OUT = `people:
  - { key: nils, name: Nils Ny, email: nils@example.no }
  - { key: kari, name: Kari Kapret, email: kari@example.no }
committees:
  - { key: NUFA, name: NUFA – fagutvalget, secretariat: [nora, nick], members: [{ person: nils }] }
  - { key: NUIT, name: Kapret, secretariat: [kari] }
initiatives:
  - { key: epj, name: EPJ-løftet, organisation: ehelse, owner: nils, segment: samstyring }
`;

beforeEach(async () => {
  t = await startTestApp();
  const db = t.db.prisma;
  await db.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
  const kari = await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', slackUserId: 'UKARI' } });
  const nora = await db.person.create({ data: { key: 'nora', name: 'Nora NUFA', email: 'nora@example.no', slackUserId: 'UNORA' } });
  const nick = await db.person.create({ data: { key: 'nick', name: 'Nick NUFA', email: 'nick@example.no', locale: 'en', teamsUserId: nickTeams.id, aadObjectId: nickTeams.aadObjectId } });
  const nuit = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT', treatsPortfolio: true } });
  const nufa = await db.committee.create({ data: { key: 'NUFA', name: 'NUFA', cycle: 'nufa' } });
  await db.membership.create({ data: { committeeId: nuit.id, personId: kari.id, role: 'secretariat' } });
  for (const p of [nora, nick]) await db.membership.create({ data: { committeeId: nufa.id, personId: p.id, role: 'secretariat' } });
  await submitSlack('UNORA', 'people: []'); // warm up
});
afterEach(async () => t?.close());

describe('a roster import from chat stays within the importer’s committees', () => {
  it('Slack: a paste that also touches NUIT is refused as a whole, naming the entries, in bokmål; nothing is written; the refusal is audited', async () => {
    const before = await snapshot();
    const res = await submitSlack('UNORA', REACHING_OUT);
    expect(res.json.response_action).toBe('errors');
    const message = res.json.errors.roster as string;
    expect(message).toContain('Ingenting er lagret. Fra chatten kan du bare endre utvalg der du er sekretariat');
    expect(message).toContain('Utenfor: people[1] "kari", committees[1] "NUIT", initiatives[0] "epj".');
    expect(message).not.toContain('NUFA"');
    expect(await snapshot()).toEqual(before);
    const nora = await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'nora' } });
    const audit = await t.db.prisma.auditLog.findMany({ where: { actorId: nora.id, action: 'access.refused' } });
    expect(audit.map((a) => [a.platform, a.details])).toEqual([
      ['slack', { permission: 'import_roster', refusal: 'outside_own_committees', entries: ['people[1] "kari"', 'committees[1] "NUIT"', 'initiatives[0] "epj"'] }],
    ]);
  });

  it('Teams: the same paste is refused in English with the entries named, and nothing is written', async () => {
    const before = await snapshot();
    const res = await submitTeams(REACHING_OUT);
    // What the card shows: its markdown turns the escapes of typed text back into the characters.
    const error = unescapeMarkup(res.json.value.body.find((b: any) => b.id === 'roster-error').text as string);
    expect(error).toContain('Nothing was saved. From chat you can only change committees you are secretariat of');
    expect(error).toContain('Outside: people[1] "kari", committees[1] "NUIT", initiatives[0] "epj".');
    expect(await snapshot()).toEqual(before);
    const nick = await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'nick' } });
    expect(await t.db.prisma.auditLog.count({ where: { actorId: nick.id, action: 'access.refused', platform: 'teams' } })).toBe(1);
  });

  it('NUFA’s own part alone is imported, and NUIT’s entries pasted unchanged are fine', async () => {
    const own = `people:
  - { key: nils, name: Nils Ny, email: nils@example.no }
  - { key: kari, name: Kari Nordmann, email: kari@example.no }
committees:
  - { key: NUFA, name: NUFA – fagutvalget, secretariat: [nora, nick], members: [{ person: nils }] }
  - { key: NUIT, name: NUIT }
`;
    const res = await submitTeams(own);
    expect(JSON.stringify(res.json.value)).toContain('The roster is imported.');
    const nufa = await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUFA' }, include: { memberships: { include: { person: true } } } });
    expect(nufa.name).toBe('NUFA – fagutvalget');
    expect(nufa.memberships.map((m) => m.person.key).sort()).toEqual(['nick', 'nils', 'nora']);
    expect((await t.db.prisma.committee.findUniqueOrThrow({ where: { key: 'NUIT' } })).name).toBe('NUIT');
  });
});
