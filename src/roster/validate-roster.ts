import { z } from 'zod';
import { t } from '../i18n/text.js';
import { markup } from '../ui/markup.js';
import { formatPath, RosterError } from './roster-error.js';
import { rosterTexts as T } from './texts.js';
import {
  DM_PLATFORM_PROBLEM,
  rosterCommitteeSchema,
  rosterInitiativeSchema,
  rosterOrganisationSchema,
  rosterPersonSchema,
  type Roster,
} from './roster-schema.js';

/** What the database already holds, so the roster may refer to it and must not collide with it. */
export interface ExistingRoster {
  organisationKeys: ReadonlySet<string>;
  people: readonly { key: string; slackUserId: string | null; teamsUserId: string | null; aadObjectId: string | null }[];
  committees: readonly { key: string; slackChannelId: string | null; teamsConversationId: string | null }[];
  /** Cycle names from workflows/; when given, a committee's cycle must be one of them. */
  cycles?: ReadonlySet<string>;
}

export const EMPTY_EXISTING: ExistingRoster = { organisationKeys: new Set(), people: [], committees: [] };

const sections = {
  organisations: rosterOrganisationSchema,
  people: rosterPersonSchema,
  committees: rosterCommitteeSchema,
  initiatives: rosterInitiativeSchema,
} as const;
type Section = keyof typeof sections;
const SECTION_NAMES = Object.keys(sections) as Section[];

const list = z.array(z.unknown(), { error: 'must be a list' }).nullish();
const topLevel = z.strictObject({ organisations: list, people: list, committees: list, initiatives: list });

/**
 * Checks a parsed roster file completely: every entry on its own (so one bad entry does not hide the
 * problems of the others), then keys, references and platform ids across entries and against the
 * database. Throws a RosterError listing every problem as `path: message`; returns the typed roster.
 */
export function validateRoster(input: unknown, existing: ExistingRoster = EMPTY_EXISTING): Roster {
  const problems: string[] = [];
  const localized = new Map<string, { nb: string; en: string }>();
  const top = topLevel.safeParse(input ?? {}, { reportInput: true });
  if (!top.success) throw new RosterError(zodProblems(top.error.issues, []));

  const roster: Roster = { organisations: [], people: [], committees: [], initiatives: [] };
  const fileKeys: Record<Section, Map<string, number>> = {
    organisations: new Map(),
    people: new Map(),
    committees: new Map(),
    initiatives: new Map(),
  };
  for (const section of SECTION_NAMES) {
    (top.data[section] ?? []).forEach((raw, index) => {
      const rawKey = typeof raw === 'object' && raw !== null ? (raw as { key?: unknown }).key : undefined;
      if (typeof rawKey === 'string' && rawKey.trim() !== '') {
        const k = rawKey.trim();
        const first = fileKeys[section].get(k);
        if (first !== undefined) problems.push(`${section}[${index}].key: duplicate key "${k}" (also ${section}[${first}])`);
        else fileKeys[section].set(k, index);
      }
      const parsed = sections[section].safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        problems.push(...zodProblems(parsed.error.issues, [section, index]));
        if (section === 'people') sayDmPlatformProblems(parsed.error.issues, index, rawKey, localized);
        return;
      }
      (roster[section] as unknown[])[index] = parsed.data;
    });
  }

  const orgKnown = (k: string): boolean => fileKeys.organisations.has(k) || existing.organisationKeys.has(k);
  const personKnown = (k: string): boolean => fileKeys.people.has(k) || existing.people.some((p) => p.key === k);
  const ref = (path: string, kind: 'organisation' | 'person', k: string | null | undefined): void => {
    if (k == null) return;
    if (!(kind === 'organisation' ? orgKnown(k) : personKnown(k))) problems.push(`${path}: unknown ${kind} "${k}"`);
  };

  roster.organisations.forEach((org, i) => {
    org.portfolioContacts?.forEach((p, j) => ref(`organisations[${i}].portfolioContacts[${j}]`, 'person', p));
  });
  roster.people.forEach((person, i) => ref(`people[${i}].organisation`, 'organisation', person.organisation));
  roster.committees.forEach((committee, i) => {
    committee.secretariat?.forEach((p, j) => ref(`committees[${i}].secretariat[${j}]`, 'person', p));
    const seen = new Set<string>(committee.secretariat?.map((p) => `${p}/secretariat`));
    committee.members?.forEach((m, j) => {
      ref(`committees[${i}].members[${j}].person`, 'person', m.person);
      const seat = `${m.person}/${m.role}`;
      if (seen.has(seat)) problems.push(`committees[${i}].members[${j}]: "${m.person}" is already listed as ${m.role}`);
      seen.add(seat);
    });
    if (committee.cycle && existing.cycles && !existing.cycles.has(committee.cycle)) {
      problems.push(`committees[${i}].cycle: unknown cycle "${committee.cycle}" (known: ${[...existing.cycles].sort().join(', ')})`);
    }
  });
  roster.initiatives.forEach((initiative, i) => {
    ref(`initiatives[${i}].organisation`, 'organisation', initiative.organisation);
    ref(`initiatives[${i}].owner`, 'person', initiative.owner);
    const goals = initiative.strategyGoals ?? [];
    if (initiative.mainGoal != null && !goals.includes(initiative.mainGoal)) {
      problems.push(`initiatives[${i}].mainGoal: ${initiative.mainGoal} is not among strategyGoals (${goals.join(', ') || 'none'})`);
    }
    const dup = goals.find((g, j) => goals.indexOf(g) !== j);
    if (dup !== undefined) problems.push(`initiatives[${i}].strategyGoals: ${dup} is listed twice`);
    const sdgs = initiative.sdgs ?? [];
    const dupSdg = sdgs.find((g, j) => sdgs.indexOf(g) !== j);
    if (dupSdg !== undefined) problems.push(`initiatives[${i}].sdgs: ${dupSdg} is listed twice`);
  });

  const personSlots = roster.people.flatMap((p, i) => (p ? [{ index: i, key: p.key }] : []));
  const personIds = (field: 'slack' | 'teams' | 'aadObjectId', column: 'slackUserId' | 'teamsUserId' | 'aadObjectId'): void =>
    checkUniqueIds(problems, 'people', field, 'person',
      personSlots.map(({ index, key }) => ({ index, key, value: roster.people[index]?.[field] })),
      existing.people.map((p) => ({ key: p.key, value: p[column] })));
  personIds('slack', 'slackUserId');
  personIds('teams', 'teamsUserId');
  personIds('aadObjectId', 'aadObjectId');
  const committeeSlots = roster.committees.flatMap((c, i) => (c ? [{ index: i, key: c.key }] : []));
  const committeeIds = (field: 'slackChannel' | 'teamsConversation', column: 'slackChannelId' | 'teamsConversationId'): void =>
    checkUniqueIds(problems, 'committees', field, 'committee',
      committeeSlots.map(({ index, key }) => ({ index, key, value: roster.committees[index]?.[field] })),
      existing.committees.map((c) => ({ key: c.key, value: c[column] })));
  committeeIds('slackChannel', 'slackChannelId');
  committeeIds('teamsConversation', 'teamsConversationId');

  if (problems.length > 0) throw new RosterError(problems, localized);
  return roster;
}

interface Claim {
  index: number;
  key: string;
  /** undefined: keep the stored value; null: clear it. */
  value: string | null | undefined;
}

/**
 * A platform id may belong to one entry only: not to two entries of the file, and not to an entry in the
 * database that the file does not move it away from.
 */
function checkUniqueIds(
  problems: string[],
  section: string,
  field: string,
  noun: string,
  claims: Claim[],
  stored: { key: string; value: string | null }[],
): void {
  const byValue = new Map<string, number>();
  const claimOf = new Map(claims.map((c) => [c.key, c]));
  for (const claim of claims) {
    if (claim.value == null) continue;
    const first = byValue.get(claim.value);
    if (first !== undefined) {
      problems.push(`${section}[${claim.index}].${field}: "${claim.value}" is also given to ${section}[${first}]`);
      continue;
    }
    byValue.set(claim.value, claim.index);
    const owner = stored.find((s) => s.value === claim.value && s.key !== claim.key);
    if (!owner) continue;
    const ownerClaim = claimOf.get(owner.key);
    const released = ownerClaim !== undefined && ownerClaim.value !== undefined && ownerClaim.value !== claim.value;
    if (!released) problems.push(`${section}[${claim.index}].${field}: "${claim.value}" already belongs to ${noun} "${owner.key}"`);
  }
}

function zodProblems(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `${formatPath([...path, k])}: unknown field`);
    if (issue.code === 'invalid_type' && issue.input === undefined) return [`${formatPath(path)}: is required`];
    return [`${formatPath(path)}: ${issue.message}`];
  });
}

/** A bad `dmPlatform` said in the importer's language too, naming the row and its key (shown in chat). */
function sayDmPlatformProblems(issues: readonly z.core.$ZodIssue[], index: number, rawKey: unknown, localized: Map<string, { nb: string; en: string }>): void {
  for (const issue of issues) {
    if (issue.path.length !== 1 || issue.path[0] !== 'dmPlatform' || !issue.message.startsWith(DM_PLATFORM_PROBLEM)) continue;
    const params = { row: markup(`people[${index}]`), key: typeof rawKey === 'string' ? rawKey.trim() : '?', value: String(issue.input) };
    localized.set(`${formatPath(['people', index, 'dmPlatform'])}: ${issue.message}`, { nb: t('nb', T.errDmPlatform, params), en: t('en', T.errDmPlatform, params) });
  }
}
