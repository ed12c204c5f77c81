import { z } from 'zod';

/** National strategy goals an initiative can serve. */
export const STRATEGY_GOALS = [1, 2, 3, 4, 5] as const;
/** The UN sustainable development goals the portfolio reports on. */
export const SUSTAINABLE_DEVELOPMENT_GOALS = [3, 9, 10, 17] as const;

const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const key = z
  .string({ error: 'must be a key (text; put numbers in quotes)' })
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'must be a key: letters, digits, ".", "_" and "-", starting with a letter or digit');
/** A platform id: text, or null to clear a stored value. Leaving it out keeps what is stored. */
const platformId = z.string({ error: 'must be text (put ids in quotes)' }).trim().min(1, 'must not be empty').nullish();
const keyList = z.array(key, { error: 'must be a list of keys' });

/** The platforms a person can get direct messages on (`Person.dmPlatform`, the `platform` command). */
export const DM_PLATFORMS = ['slack', 'teams'] as const;
/** The problem message of a bad `dmPlatform` (validate-roster.ts recognises it to say it in the importer's language). */
export const DM_PLATFORM_PROBLEM = 'must be slack or teams (or empty)';
/**
 * Where a person gets direct messages: `slack` or `teams`, any case. Empty (or null) is the same as leaving it
 * out: the stored choice stays (made with the `platform` command), and without one Slack comes first.
 */
const dmPlatform = z.preprocess(
  (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(DM_PLATFORMS, { error: (issue) => `${DM_PLATFORM_PROBLEM}, not ${JSON.stringify(issue.input)}` }).optional(),
);

export const rosterOrganisationSchema = z.strictObject({
  key,
  name: text,
  /** People who may report for this organisation's initiatives. Replaces the stored list. */
  portfolioContacts: keyList.optional(),
});

export const rosterPersonSchema = z.strictObject({
  key,
  name: text,
  email: z.string({ error: 'must be text' }).trim().pipe(z.email({ error: 'not an e-mail address' })),
  organisation: key.nullish(),
  locale: z.enum(['nb', 'en'], { error: 'must be nb or en' }).optional(),
  slack: platformId,
  teams: platformId,
  aadObjectId: platformId,
  dmPlatform,
});

const memberRoleSchema = z.enum(['chair', 'member', 'observer', 'secretariat'], {
  error: 'must be chair, member, observer or secretariat',
});

export const rosterCommitteeSchema = z.strictObject({
  key,
  name: text,
  slackChannel: platformId,
  teamsConversation: platformId,
  /** Name of a file in workflows/ without extension. */
  cycle: key.optional(),
  timeZone: text
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'is not a known IANA time zone')
    .optional(),
  treatsPortfolio: z.boolean({ error: 'must be true or false' }).optional(),
  /**
   * The language of the committee's channel posts: `nb` or `en`, or `auto` (the default) for the language its
   * people share, bokmål then English in one message when they do not share one.
   */
  channelLanguage: z.enum(['auto', 'nb', 'en'], { error: 'must be auto, nb or en' }).optional(),
  /** Secretariat people; the full membership (secretariat + members) replaces the stored one. */
  secretariat: keyList.optional(),
  members: z
    .array(z.strictObject({ person: key, role: memberRoleSchema.default('member') }), { error: 'must be a list' })
    .optional(),
});

const goal = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .refine((n) => (STRATEGY_GOALS as readonly number[]).includes(n), 'must be a strategy goal from 1 to 5');
const sdg = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .refine((n) => (SUSTAINABLE_DEVELOPMENT_GOALS as readonly number[]).includes(n), 'must be one of 3, 9, 10, 17');

export const rosterInitiativeSchema = z.strictObject({
  key,
  name: text,
  organisation: key,
  owner: key,
  segment: z.enum(['samstyring', 'koordinering', 'orientering'], { error: 'must be samstyring, koordinering or orientering' }),
  /** New initiatives start as active when left out. */
  state: z.enum(['planned', 'active', 'paused', 'completed'], { error: 'must be planned, active, paused or completed' }).optional(),
  isNew: z.boolean({ error: 'must be true or false' }).optional(),
  strategyGoals: z.array(goal, { error: 'must be a list of goals' }).optional(),
  mainGoal: goal.nullish(),
  sdgs: z.array(sdg, { error: 'must be a list of goals' }).optional(),
});

/** The roster file: who is who, which committees exist and who sits in them, and the portfolio's initiatives. */
export const rosterSchema = z.strictObject({
  organisations: z.array(rosterOrganisationSchema, { error: 'must be a list' }).default([]),
  people: z.array(rosterPersonSchema, { error: 'must be a list' }).default([]),
  committees: z.array(rosterCommitteeSchema, { error: 'must be a list' }).default([]),
  initiatives: z.array(rosterInitiativeSchema, { error: 'must be a list' }).default([]),
});

export type Roster = z.infer<typeof rosterSchema>;
export type RosterOrganisation = z.infer<typeof rosterOrganisationSchema>;
export type RosterPerson = z.infer<typeof rosterPersonSchema>;
export type RosterCommittee = z.infer<typeof rosterCommitteeSchema>;
export type RosterInitiative = z.infer<typeof rosterInitiativeSchema>;
