import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRoster } from '../../../src/roster/import-roster.js';
import { parseRosterText } from '../../../src/roster/parse-roster-file.js';
import { RosterError } from '../../../src/roster/roster-error.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

const roster = `
organisations:
  - { key: ehelse, name: Direktoratet for e-helse, portfolioContacts: [kari] }
  - { key: hmn, name: Helse Midt-Norge RHF }
people:
  - { key: kari, name: Kari Nordmann, email: kari@example.no, organisation: ehelse, locale: nb, slack: U01KARI, teams: "29:1kari", aadObjectId: "0000-kari" }
  - { key: ola, name: Ola Nordmann, email: ola@example.no, organisation: hmn, locale: en }
  - { key: per, name: Per Hansen, email: per@example.no }
committees:
  - key: NUIT
    name: Nasjonalt utvalg for prioritering av IT
    slackChannel: C01NUIT
    teamsConversation: "19:nuit@thread.tacv2"
    cycle: nuit
    treatsPortfolio: true
    secretariat: [kari]
    members: [{ person: ola, role: member }, { person: per, role: observer }]
initiatives:
  - { key: epj-loftet, name: EPJ-løftet, organisation: ehelse, owner: kari, segment: samstyring, state: active, strategyGoals: [2], mainGoal: 2, sdgs: [3, 9] }
  - { key: helseplattformen, name: Helseplattformen, organisation: hmn, owner: ola, segment: samstyring, strategyGoals: [1, 2] }
`;

async function countAll(db: TestDatabase): Promise<Record<string, number>> {
  const p = db.prisma;
  return {
    organisations: await p.organisation.count(),
    people: await p.person.count(),
    committees: await p.committee.count(),
    memberships: await p.membership.count(),
    portfolioContacts: await p.portfolioContact.count(),
    initiatives: await p.initiative.count(),
  };
}

describe('importRoster', () => {
  // Each test gets its own database; those about a second import first import the roster themselves.
  let db: TestDatabase;
  const importFirst = () => importRoster(db.prisma, parseRosterText(roster), { cycles: ['default', 'nuit', 'nufa'] });
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db?.close();
  });

  it('imports a valid roster', async () => {
    const result = await importFirst();
    expect(result).toEqual({
      organisations: { created: 2, updated: 0, unchanged: 0 },
      people: { created: 3, updated: 0, unchanged: 0 },
      committees: { created: 1, updated: 0, unchanged: 0 },
      initiatives: { created: 2, updated: 0, unchanged: 0 },
      memberships: { created: 3, removed: 0 },
      portfolioContacts: { created: 1, removed: 0 },
    });
    const nuit = await db.prisma.committee.findUniqueOrThrow({
      where: { key: 'NUIT' },
      include: { memberships: { include: { person: true }, orderBy: { role: 'asc' } } },
    });
    expect(nuit).toMatchObject({ cycle: 'nuit', treatsPortfolio: true, slackChannelId: 'C01NUIT', teamsConversationId: '19:nuit@thread.tacv2', timeZone: 'Europe/Oslo' });
    expect(nuit.memberships.map((m) => [m.role, m.person.key])).toEqual([['secretariat', 'kari'], ['member', 'ola'], ['observer', 'per']]);
    const kari = await db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' }, include: { organisation: true, portfolioContacts: true } });
    expect(kari).toMatchObject({ slackUserId: 'U01KARI', teamsUserId: '29:1kari', aadObjectId: '0000-kari', locale: 'nb', organisation: { key: 'ehelse' } });
    expect(kari.portfolioContacts).toHaveLength(1);
    const hp = await db.prisma.initiative.findUniqueOrThrow({ where: { key: 'helseplattformen' }, include: { owner: true } });
    expect(hp).toMatchObject({ state: 'active', isNew: false, strategyGoals: [1, 2], mainGoal: null, sdgs: [], owner: { key: 'ola' } });
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    await importFirst();
    const before = await countAll(db);
    const result = await importRoster(db.prisma, parseRosterText(roster));
    expect(result.people).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(result.initiatives).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(result.memberships).toEqual({ created: 0, removed: 0 });
    expect(await countAll(db)).toEqual(before);
  });

  it('updates changed entries, replaces memberships and keeps what the file leaves out', async () => {
    await importFirst();
    // The bot may have learnt Ola's Slack id and language; a roster that does not mention them keeps them.
    await db.prisma.person.update({ where: { key: 'ola' }, data: { slackUserId: 'U02OLA', locale: 'nb' } });
    const changed = roster
      .replace('name: Kari Nordmann', 'name: Kari Nordmann-Berg')
      .replace('{ key: ola, name: Ola Nordmann, email: ola@example.no, organisation: hmn, locale: en }', '{ key: ola, name: Ola Nordmann, email: ola@example.no, organisation: hmn }')
      .replace('{ person: per, role: observer }', '{ person: per, role: member }');
    const result = await importRoster(db.prisma, parseRosterText(changed));
    expect(result.people).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(result.memberships).toEqual({ created: 1, removed: 1 });
    expect((await db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' } })).name).toBe('Kari Nordmann-Berg');
    expect(await db.prisma.person.findUniqueOrThrow({ where: { key: 'ola' } })).toMatchObject({ slackUserId: 'U02OLA', locale: 'nb' });
    expect(await db.prisma.person.count({ where: { key: 'kari' } })).toBe(1);
  });

  it('moves a Slack id from one person to another in one import', async () => {
    await importFirst();
    const moved = roster
      .replace('slack: U01KARI,', 'slack: U03KARI,')
      .replace('{ key: per, name: Per Hansen, email: per@example.no }', '{ key: per, name: Per Hansen, email: per@example.no, slack: U01KARI }');
    await importRoster(db.prisma, parseRosterText(moved));
    expect((await db.prisma.person.findUniqueOrThrow({ where: { slackUserId: 'U01KARI' } })).key).toBe('per');
    expect((await db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' } })).slackUserId).toBe('U03KARI');
  });

  it('writes nothing when any entry is invalid, and lists every problem with its path', async () => {
    await importFirst();
    const before = await countAll(db);
    const invalid = `
organisations: [{ key: nhn, name: Norsk helsenett SF }]
people:
  - { key: anne, name: Anne, email: anne@example.no, organisation: nhn }
  - { key: bad, name: Bad, email: nope }
initiatives:
  - { key: new-one, name: New, organisation: nhn, owner: nobody, segment: koordinering, strategyGoals: [1], mainGoal: 4, sdgs: [5] }
`;
    const error = await importRoster(db.prisma, parseRosterText(invalid)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterError);
    expect((error as RosterError).problems).toEqual([
      'people[1].email: not an e-mail address',
      'initiatives[0].sdgs[0]: must be one of 3, 9, 10, 17',
    ]);
    const fixedSdgs = invalid.replace('sdgs: [5]', 'sdgs: [17]').replace('email: nope', 'email: bad@example.no');
    const second = await importRoster(db.prisma, parseRosterText(fixedSdgs)).catch((e: unknown) => e);
    expect((second as RosterError).problems).toEqual([
      'initiatives[0].owner: unknown person "nobody"',
      'initiatives[0].mainGoal: 4 is not among strategyGoals (1)',
    ]);
    expect(await countAll(db)).toEqual(before);
    expect(await db.prisma.organisation.findUnique({ where: { key: 'nhn' } })).toBeNull();
  });

  it('sets a person\'s DM platform (dmPlatform: slack or teams, any case); empty keeps it; a bad value writes nothing', async () => {
    const withPlatforms = roster
      .replace('aadObjectId: "0000-kari" }', 'aadObjectId: "0000-kari", dmPlatform: teams }')
      .replace('organisation: hmn, locale: en }', 'organisation: hmn, locale: en, dmPlatform: " Slack " }');
    await importRoster(db.prisma, parseRosterText(withPlatforms));
    const platforms = async () => Object.fromEntries((await db.prisma.person.findMany({ orderBy: { key: 'asc' } })).map((p) => [p.key, p.dmPlatform]));
    expect(await platforms()).toEqual({ kari: 'teams', ola: 'slack', per: null });

    // Left out, empty or null: the stored choice stays (as one made with the platform command would).
    const kept = await importRoster(db.prisma, parseRosterText(roster.replace('aadObjectId: "0000-kari" }', 'aadObjectId: "0000-kari", dmPlatform: "" }').replace('email: per@example.no }', 'email: per@example.no, dmPlatform: null }')));
    expect(kept.people).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await platforms()).toEqual({ kari: 'teams', ola: 'slack', per: null });
    const changed = await importRoster(db.prisma, parseRosterText(roster.replace('aadObjectId: "0000-kari" }', 'aadObjectId: "0000-kari", dmPlatform: SLACK }')));
    expect(changed.people).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect(await platforms()).toEqual({ kari: 'slack', ola: 'slack', per: null });

    const before = await countAll(db);
    const bad = `
people:
  - { key: nils, name: Nils Ny, email: nils@example.no, dmPlatform: teams }
  - { key: per, name: Per Hansen, email: per@example.no, dmPlatform: skype }
  - { key: kari, name: Kari Nordmann, email: kari@example.no, dmPlatform: 2 }
`;
    const error = (await importRoster(db.prisma, parseRosterText(bad)).catch((e: unknown) => e)) as RosterError;
    expect(error).toBeInstanceOf(RosterError);
    expect(error.problems).toEqual(['people[1].dmPlatform: must be slack or teams (or empty), not "skype"', 'people[2].dmPlatform: must be slack or teams (or empty), not 2']);
    expect(error.localized.get(error.problems[0]!)).toEqual({
      nb: 'people[1] («per»), dmPlatform: plattformen for direktemeldinger må være slack eller teams (eller tom), ikke «skype».',
      en: 'people[1] ("per"), dmPlatform: the platform for direct messages must be slack or teams (or empty), not "skype".',
    });
    expect(await countAll(db)).toEqual(before);
    expect(await db.prisma.person.findUnique({ where: { key: 'nils' } })).toBeNull();
    expect(await platforms()).toEqual({ kari: 'slack', ola: 'slack', per: null });
  });
});
