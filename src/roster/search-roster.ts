import type { Db } from '../db/prisma.js';
import { Prisma } from '../generated/prisma/client.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { escapeMarkup } from '../ui/markup.js';
import type { Option } from '../ui/model.js';
import { escapeLike, foldForSearch, foldSql, sortKeySql } from './fold-for-search.js';
import type { ProviderKind } from './provider-value.js';
import { rosterTexts as T } from './texts.js';

/** A row a search found: what the option's value and label are made of, and how well it matched. */
interface Found {
  value: string;
  kind: ProviderKind;
  name: string;
  orgName: string | null;
  tier: number;
}

/**
 * The candidates (SQL giving `value`, `kind`, `name`, `orgName` and `hay`, the text they are found by) whose
 * folded `hay` holds every word of `query` (in any order, any case, without accents), ranked in SQL: those whose
 * name (or a word of it) starts with the query first (tier 0), then those holding it as a phrase (1), then the
 * rest (2), each by name; at most `limit`. An empty query gives the first `limit` by name. Hostile input is
 * only ever a bound parameter, its `%`, `_` and `\` escaped in the ILIKE patterns.
 */
async function findRanked(db: Db, candidates: Prisma.Sql, query: string, limit: number): Promise<Found[]> {
  const folded = foldForSearch(query);
  const words = folded.split(' ').filter(Boolean);
  const phrase = escapeLike(folded);
  const holdsEvery = words.length ? Prisma.join(words.map((w) => Prisma.sql`f.fhay ILIKE ${`%${escapeLike(w)}%`} ESCAPE ${'\\'}`), ' AND ') : Prisma.sql`TRUE`;
  // A word of the name that starts with the query: only for a one-word query (a phrase cannot start one word).
  const startsWord = words.length === 1 ? Prisma.sql` OR f.fname ILIKE ${`% ${phrase}%`} ESCAPE ${'\\'}` : Prisma.empty;
  const tier = words.length
    ? Prisma.sql`CASE WHEN f.fname ILIKE ${`${phrase}%`} ESCAPE ${'\\'}${startsWord} THEN 0 WHEN f.fhay ILIKE ${`%${phrase}%`} ESCAPE ${'\\'} THEN 1 ELSE 2 END`
    : Prisma.sql`0`;
  const rows = await db.$queryRaw<(Omit<Found, 'tier'> & { tier: number | bigint })[]>`
    SELECT f.value, f.kind, f.name, f."orgName", ${tier} AS tier
    FROM (SELECT c.*, ${foldSql(Prisma.sql`c.name`)} AS fname, ${foldSql(Prisma.sql`c.hay`)} AS fhay FROM (${candidates}) AS c OFFSET 0) AS f
    WHERE ${holdsEvery}
    ORDER BY 5, ${sortKeySql(Prisma.sql`f.name`)}, f.name COLLATE "C", f.value COLLATE "C"
    LIMIT ${Math.max(0, Math.floor(limit))}`;
  const found = rows.map((r) => ({ ...r, tier: Number(r.tier) }));
  // The page in the order Norwegians sort names (SQL sorted by a byte-order key that decided the cut).
  return found.sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name, 'nb') || a.value.localeCompare(b.value));
}

/** Every person as a candidate, found by name, organisation, e-mail and key. */
const PEOPLE = (value: Prisma.Sql) => Prisma.sql`
  SELECT ${value} AS value, 'person' AS kind, p."name" AS name, o."name" AS "orgName", concat_ws(' ', p."name", o."name", p."email", p."key") AS hay
  FROM "Person" p LEFT JOIN "Organisation" o ON o."id" = p."organisationId"`;

/** A person as pickers show them: the name, and their organisation when the roster has one. */
function personLabel(person: { name: string; organisation: { name: string } | null }): string {
  return escapeMarkup(person.organisation ? `${person.name} · ${person.organisation.name}` : person.name);
}

export interface RosterSearch {
  query: string;
  limit: number;
  locale: Locale;
  /** People labelled by their name alone (the console's static list, which cannot show more than a select). */
  namesOnly?: boolean;
}

/**
 * Searches every person of the roster by part of the name, the organisation's name, the e-mail address or the
 * key (case and accents ignored), in one SQL query: the options of a person picker (presenter, follow-up owner), valued by person id. Who may ask is
 * the caller's to check (`search_roster`, src/access).
 */
export async function searchPeople(db: Db, search: RosterSearch): Promise<Option[]> {
  const found = await findRanked(db, PEOPLE(Prisma.sql`p."id"`), search.query, search.limit);
  return found.map((f) => ({
    value: f.value,
    label: search.namesOnly ? escapeMarkup(f.name) : personLabel({ name: f.name, organisation: f.orgName === null ? null : { name: f.orgName } }),
  }));
}

/** A person's label in a person picker, or null when the roster does not have them. */
export async function personOptionLabel(db: Db, personId: string): Promise<string | null> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { name: true, organisation: { select: { name: true } } } });
  return person ? personLabel(person) : null;
}

const KIND_TEXT = { initiative: T.kindInitiative, organisation: T.kindOrganisation, person: T.kindPerson } as const;

function providerLabel(locale: Locale, kind: ProviderKind, name: string, organisation: string | null): string {
  const what = t(locale, KIND_TEXT[kind]);
  return escapeMarkup(organisation && kind !== 'organisation' ? `${name} (${what} · ${organisation})` : `${name} (${what})`);
}

/**
 * Searches the possible providers of a dependency: initiatives, organisations and people of the roster, by part
 * of the name (or key, or a person's e-mail) or of the organisation's name, ranked together in one SQL query. Each option's value says what it is (`provider-value.ts`).
 */
export async function searchProviders(db: Db, search: RosterSearch): Promise<Option[]> {
  const candidates = Prisma.sql`
    SELECT 'initiative:' || i."id" AS value, 'initiative' AS kind, i."name" AS name, o."name" AS "orgName", concat_ws(' ', i."name", i."key", o."name") AS hay
    FROM "Initiative" i JOIN "Organisation" o ON o."id" = i."organisationId"
    UNION ALL
    SELECT 'organisation:' || o."id", 'organisation', o."name", NULL::text, concat_ws(' ', o."name", o."key") FROM "Organisation" o
    UNION ALL
    ${PEOPLE(Prisma.sql`'person:' || p."id"`)}`;
  const found = await findRanked(db, candidates, search.query, search.limit);
  return found.map((f) => ({ value: f.value, label: providerLabel(search.locale, f.kind, f.name, f.orgName) }));
}

/** A provider's label in the provider picker, or null when the value names nothing in the roster. */
export async function providerOptionLabel(db: Db, locale: Locale, kind: ProviderKind, id: string): Promise<string | null> {
  switch (kind) {
    case 'initiative': {
      const i = await db.initiative.findUnique({ where: { id }, select: { name: true, organisation: { select: { name: true } } } });
      return i ? providerLabel(locale, 'initiative', i.name, i.organisation.name) : null;
    }
    case 'organisation': {
      const o = await db.organisation.findUnique({ where: { id }, select: { name: true } });
      return o ? providerLabel(locale, 'organisation', o.name, null) : null;
    }
    case 'person': {
      const p = await db.person.findUnique({ where: { id }, select: { name: true, organisation: { select: { name: true } } } });
      return p ? providerLabel(locale, 'person', p.name, p.organisation?.name ?? null) : null;
    }
  }
}
