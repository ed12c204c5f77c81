import { describe, expect, it } from 'vitest';
import { RosterError } from '../../../src/roster/roster-error.js';
import { parseRosterText } from '../../../src/roster/parse-roster-file.js';
import { validateRoster, type ExistingRoster } from '../../../src/roster/validate-roster.js';

function problemsOf(input: unknown, existing?: ExistingRoster): string[] {
  try {
    validateRoster(input, existing);
  } catch (error) {
    if (error instanceof RosterError) return error.problems;
    throw error;
  }
  return [];
}

const valid = parseRosterText(`
organisations: [{ key: ehelse, name: Direktoratet for e-helse, portfolioContacts: [kari] }]
people:
  - { key: kari, name: Kari Nordmann, email: kari@example.no, organisation: ehelse, locale: nb, slack: U01KARI, teams: "29:1kari", aadObjectId: "0000-kari" }
  - { key: ola, name: Ola Nordmann, email: ola@example.no }
committees:
  - key: NUIT
    name: Nasjonalt utvalg for prioritering av IT
    slackChannel: C01NUIT
    cycle: nuit
    treatsPortfolio: true
    secretariat: [kari]
    members: [{ person: ola, role: member }, { person: kari, role: observer }]
initiatives:
  - { key: epj-loftet, name: EPJ-løftet, organisation: ehelse, owner: kari, segment: samstyring, state: active, strategyGoals: [2], mainGoal: 2, sdgs: [3, 9] }
`);

describe('validateRoster', () => {
  it('accepts the documented example and leaves out fields that were not given', () => {
    const roster = validateRoster(valid, { organisationKeys: new Set(), people: [], committees: [], cycles: new Set(['nuit']) });
    expect(roster.people[1]).toEqual({ key: 'ola', name: 'Ola Nordmann', email: 'ola@example.no' });
    expect(roster.committees[0]?.members).toEqual([{ person: 'ola', role: 'member' }, { person: 'kari', role: 'observer' }]);
  });

  it('reports every problem with its path, structural and cross-reference alike', () => {
    const input = parseRosterText(`
organisations:
  - { key: ehelse, name: Direktoratet for e-helse, portfolioContacts: [nobody] }
  - { key: ehelse, name: Again }
people:
  - { key: kari, name: Kari, email: kari@example.no, organisation: nowhere, slack: U1 }
  - { key: ola, name: Ola, email: not-an-address, locale: de }
  - { key: per, email: per@example.no, slak: U3 }
  - { key: pål ø, name: Pål, email: pal@example.no, slack: U1 }
committees:
  - { key: NUIT, name: NUIT, secretariat: [kari], members: [{ person: ghost }, { person: kari, role: boss }] }
  - { key: NUFA, name: NUFA, cycle: weekly, members: [{ person: ghost }] }
initiatives:
  - { key: x, name: X, organisation: ehelse, owner: kari, segment: samstyring, strategyGoals: [2, 6], mainGoal: 3, sdgs: [3, 4] }
  - { key: y, name: Y, organisation: other, owner: ola, segment: samstyring, strategyGoals: [2], mainGoal: 3 }
`);
    expect(problemsOf(input, { organisationKeys: new Set(), people: [], committees: [], cycles: new Set(['nuit', 'nufa']) })).toEqual([
      'organisations[1].key: duplicate key "ehelse" (also organisations[0])',
      'people[1].email: not an e-mail address',
      'people[1].locale: must be nb or en',
      'people[2].name: is required',
      'people[2].slak: unknown field',
      'people[3].key: must be a key: letters, digits, ".", "_" and "-", starting with a letter or digit',
      'committees[0].members[1].role: must be chair, member, observer or secretariat',
      'initiatives[0].strategyGoals[1]: must be a strategy goal from 1 to 5',
      'initiatives[0].sdgs[1]: must be one of 3, 9, 10, 17',
      'organisations[0].portfolioContacts[0]: unknown person "nobody"',
      'people[0].organisation: unknown organisation "nowhere"',
      'committees[1].members[0].person: unknown person "ghost"',
      'committees[1].cycle: unknown cycle "weekly" (known: nufa, nuit)',
      'initiatives[1].organisation: unknown organisation "other"',
      'initiatives[1].mainGoal: 3 is not among strategyGoals (2)',
    ]);
  });

  it('lets the file refer to organisations and people already in the database', () => {
    const input = { initiatives: [{ key: 'hp', name: 'Helseplattformen', organisation: 'hmn', owner: 'ola', segment: 'samstyring' }] };
    expect(problemsOf(input)).toEqual(['initiatives[0].organisation: unknown organisation "hmn"', 'initiatives[0].owner: unknown person "ola"']);
    const existing: ExistingRoster = {
      organisationKeys: new Set(['hmn']),
      people: [{ key: 'ola', slackUserId: null, teamsUserId: null, aadObjectId: null }],
      committees: [],
    };
    expect(problemsOf(input, existing)).toEqual([]);
  });

  it('keeps platform ids unique within the file and against the database', () => {
    const existing: ExistingRoster = {
      organisationKeys: new Set(),
      people: [
        { key: 'ola', slackUserId: 'U1', teamsUserId: null, aadObjectId: null },
        { key: 'per', slackUserId: 'U2', teamsUserId: null, aadObjectId: null },
      ],
      committees: [{ key: 'NUFA', slackChannelId: 'C1', teamsConversationId: null }],
    };
    const input = {
      people: [
        { key: 'kari', name: 'Kari', email: 'k@example.no', slack: 'U1' },
        { key: 'anne', name: 'Anne', email: 'a@example.no', slack: 'U2' },
        { key: 'per', name: 'Per', email: 'p@example.no', slack: 'U9' },
        { key: 'liv', name: 'Liv', email: 'l@example.no', teams: '29:x' },
        { key: 'eva', name: 'Eva', email: 'e@example.no', teams: '29:x' },
      ],
      committees: [{ key: 'NUIT', name: 'NUIT', slackChannel: 'C1' }],
    };
    expect(problemsOf(input, existing)).toEqual([
      'people[0].slack: "U1" already belongs to person "ola"',
      'people[4].teams: "29:x" is also given to people[3]',
      'committees[0].slackChannel: "C1" already belongs to committee "NUFA"',
    ]);
  });

  it('treats an empty file as an empty roster and rejects unknown sections', () => {
    expect(validateRoster(parseRosterText(''))).toEqual({ organisations: [], people: [], committees: [], initiatives: [] });
    expect(problemsOf({ members: [] })).toEqual(['members: unknown field']);
    expect(problemsOf({ people: { key: 'x' } })).toEqual(['people: must be a list']);
  });

  it('reports YAML syntax errors with line and column', () => {
    expect(() => parseRosterText('people:\n  - { key: a\n', 'roster.yaml')).toThrow(
      'roster.yaml:3:1: Flow map in block collection must be sufficiently indented and end with a }',
    );
  });
});
