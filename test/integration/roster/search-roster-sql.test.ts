import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/open-database.js';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { foldForSearch, foldSql } from '../../../src/roster/fold-for-search.js';
import { searchPeople, searchProviders } from '../../../src/roster/search-roster.js';
import { createPgliteTestDatabase, createTestDatabase } from '../../helpers/test-database.js';

/**
 * The roster search runs in SQL (src/roster/search-roster.ts). Each database gets the same 2,000-person roster; the
 * answers are compared with the ranking as it was done in memory before (`expected` below): every word in the name,
 * organisation, e-mail or key, accents and case ignored, name-start first, then the phrase, then the rest, by name.
 */

const SPECIAL = [
  { key: 'pct', name: 'Hundre % Sikker', email: 'pct@example.no' },
  { key: 'under', name: 'Anna_Lund', email: 'anna.lund@example.no' },
  { key: 'quote', name: `O'Brien "Sitat" Berg`, email: 'obrien@example.no' },
  { key: 'slash', name: 'Back\\Slash Olsen', email: 'slash@example.no' },
  { key: 'aase', name: 'Aase Ødegård', email: 'aase@example.no' },
  { key: 'aaberg', name: 'Åberg Ærlig', email: 'aaberg@example.no' },
  { key: 'elise', name: 'élise Zorn', email: 'elise@example.no' },
  { key: 'ann-lower', name: 'anne Berg', email: 'anne1@example.no' },
  { key: 'ann-upper', name: 'Anne Berg', email: 'anne2@example.no' },
  { key: 'oystein', name: 'Øystein Åsheim', email: 'oystein@sykehuset.no' },
];

interface Row {
  id: string;
  key: string;
  name: string;
  email: string;
  org: string | null;
}

async function seed(db: Database): Promise<Row[]> {
  const prisma = db.prisma;
  await prisma.organisation.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ key: `org-${i}`, name: `Organisasjon ${String(i + 1).padStart(2, '0')}` })) });
  const organisations = await prisma.organisation.findMany({ orderBy: { key: 'asc' } });
  const ostfold = await prisma.organisation.create({ data: { key: 'ostfold', name: 'Sykehuset Østfold' } });
  await prisma.person.createMany({
    data: Array.from({ length: 2_000 - SPECIAL.length }, (_, i) => ({
      key: `gen-${i}`,
      name: `Testperson ${String(i + 1).padStart(4, '0')}`,
      email: `gen${i}@example.no`,
      organisationId: organisations[i % organisations.length]!.id,
    })),
  });
  await prisma.person.createMany({ data: SPECIAL.map((p) => ({ ...p, organisationId: p.key === 'oystein' ? ostfold.id : null })) });
  const people = await prisma.person.findMany({ include: { organisation: true } });
  expect(people).toHaveLength(2_000);
  return people.map((p) => ({ id: p.id, key: p.key, name: p.name, email: p.email, org: p.organisation?.name ?? null }));
}

/** The in-memory ranking the SQL replaces (the oracle). */
function expected(rows: Row[], query: string, limit: number): string[] {
  const folded = foldForSearch(query);
  const words = folded.split(' ').filter(Boolean);
  return rows
    .map((r) => ({ r, name: foldForSearch(r.name), all: foldForSearch([r.name, r.org, r.email, r.key].filter(Boolean).join(' ')) }))
    .filter((h) => words.every((w) => h.all.includes(w)))
    .map((h) => {
      const starts = words.length === 0 || h.name.startsWith(folded) || h.name.split(' ').some((part) => part.startsWith(folded));
      return { ...h, tier: starts ? 0 : h.all.includes(folded) ? 1 : 2 };
    })
    .sort((a, b) => a.tier - b.tier || a.r.name.localeCompare(b.r.name, 'nb') || a.r.id.localeCompare(b.r.id))
    .slice(0, limit)
    .map((h) => h.r.id);
}

const QUERIES = ['', 'testperson', 'person 19', 'TESTPERSON 0042', 'organisasjon 17', 'oystein', 'ØSTFOLD', 'sykehuset.no', 'gen-1999', 'berg', 'an', 'elise', 'aa', 'nobody here'];

describe.each([
  ['PostgreSQL', () => createTestDatabase()],
  ['PGlite', () => createPgliteTestDatabase()],
])('the roster search in SQL on %s', (_name, open) => {
  let db: Database;
  let rows: Row[];
  beforeAll(async () => {
    db = await open();
    rows = await seed(db);
  }, 60_000);
  afterAll(async () => db?.close());

  const people = (query: string, limit = 50) => searchPeople(db.prisma, { query, limit, locale: 'nb' });

  it('a 2,000-person roster: limited, and the same people in the same order as the in-memory ranking', async () => {
    const many = await people('testperson');
    expect(many).toHaveLength(50);
    expect(many[0]!.label).toBe('Testperson 0001 · Organisasjon 01');
    for (const query of QUERIES) expect((await people(query)).map((o) => o.value), query).toEqual(expected(rows, query, 50));
    expect((await people('', 2_000)).map((o) => o.value)).toEqual(expected(rows, '', 2_000));
    expect(await people('oystein')).toEqual([{ value: rows.find((r) => r.key === 'oystein')!.id, label: 'Øystein Åsheim · Sykehuset Østfold' }]);
    // Found by e-mail and by key, not only by name.
    expect((await people('gen1234@')).map((o) => o.label)).toEqual([expect.stringMatching(/^Testperson 1235 · /)]);
    expect((await people('gen-77')).length).toBeGreaterThan(0);
    expect(await people('testperson', 7)).toHaveLength(7);
  });

  it('folds in SQL exactly as in JavaScript: every Latin letter U+00C0–U+024F, in either case, and white space', async () => {
    const letters = Array.from({ length: 0x24f - 0xc0 + 1 }, (_, i) => String.fromCodePoint(0xc0 + i));
    const text = `  ${letters.join(' ')}\tÅSE  Ødegård\n Sæther Hélène ABC xyz `;
    const [row] = await db.prisma.$queryRaw<{ folded: string }[]>`SELECT ${foldSql(Prisma.sql`${text}::text`)} AS folded`;
    expect(row!.folded).toBe(foldForSearch(text));
  });

  it('% _ \\ and quotes in a query match themselves and break nothing', async () => {
    const names = async (query: string) => (await people(query)).map((o) => o.label);
    expect(await names('%')).toEqual(['Hundre % Sikker']);
    expect(await names('_')).toEqual(['Anna\\_Lund']); // labels are markup: the underscore escaped
    expect(await names('anna_')).toEqual(['Anna\\_Lund']);
    expect(await names("o'brien")).toEqual([`O'Brien "Sitat" Berg`]);
    expect(await names('"sitat"')).toEqual([`O'Brien "Sitat" Berg`]);
    expect(await names('\\')).toEqual(['Back\\\\Slash Olsen']);
    expect(await names('%%')).toEqual([]);
    expect(await names('_e_')).toEqual([]);
    expect(await names(`'; DROP TABLE "Person"; --`)).toEqual([]);
    expect(await names(`\\'`)).toEqual([]);
    expect(await db.prisma.person.count()).toBe(2_000);
  });

  it('providers: initiatives, organisations and people, ranked together and limited', async () => {
    const found = await searchProviders(db.prisma, { query: 'organisasjon', limit: 50, locale: 'en' });
    expect(found).toHaveLength(50);
    expect(found.slice(0, 40).map((o) => o.label)).toEqual(Array.from({ length: 40 }, (_, i) => `Organisasjon ${String(i + 1).padStart(2, '0')} (organisation)`));
    expect(found[40]!.value).toMatch(/^person:/);
    expect((await searchProviders(db.prisma, { query: 'ostfold', limit: 50, locale: 'nb' })).map((o) => o.value.split(':')[0])).toEqual(['organisation', 'person']);
    expect(await searchProviders(db.prisma, { query: '%_', limit: 50, locale: 'nb' })).toEqual([]);
  });
});
