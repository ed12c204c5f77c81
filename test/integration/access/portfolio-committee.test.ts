import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPortfolioSecretariat } from '../../../src/access/decide-access.js';
import { configurePortfolioCommittee, portfolioSecretariatIds } from '../../../src/access/portfolio-committee.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

// Which committee's secretariat has the portfolio's rights: named in portfolio.yaml, else marked in the roster, else NUIT.
// Each test gets its own database and starts with nothing configured, so it stands alone.
let db: TestDatabase;
let ids: Record<string, string>;

beforeEach(async () => {
  configurePortfolioCommittee(undefined);
  ids = {};
  db = await createTestDatabase();
  const p = db.prisma;
  for (const key of ['NUIT', 'NUFA']) {
    const committee = await p.committee.create({ data: { key, name: key } });
    const person = await p.person.create({ data: { key: `sec-${key}`, name: `Sekretariat ${key}`, email: `${key}@example.no` } });
    await p.membership.create({ data: { committeeId: committee.id, personId: person.id, role: 'secretariat' } });
    ids[key] = person.id;
  }
});
afterEach(async () => {
  configurePortfolioCommittee(undefined);
  await db?.close();
});

describe('the portfolio committee', () => {
  it('is NUIT when nothing names one, never every secretariat', async () => {
    expect(await portfolioSecretariatIds(db.prisma)).toEqual([ids.NUIT]);
    expect(await isPortfolioSecretariat(db.prisma, ids.NUFA!)).toBe(false);
  });

  it('follows the roster’s treatsPortfolio when portfolio.yaml names none, and portfolio.yaml when it does', async () => {
    await db.prisma.committee.update({ where: { key: 'NUFA' }, data: { treatsPortfolio: true } });
    expect(await portfolioSecretariatIds(db.prisma)).toEqual([ids.NUFA]);
    configurePortfolioCommittee('NUIT');
    expect(await portfolioSecretariatIds(db.prisma)).toEqual([ids.NUIT]);
    expect(await isPortfolioSecretariat(db.prisma, ids.NUFA!)).toBe(false);
  });

  it('gives nobody the rights when the named committee does not exist', async () => {
    configurePortfolioCommittee('NOPE');
    expect(await portfolioSecretariatIds(db.prisma)).toEqual([]);
    expect(await isPortfolioSecretariat(db.prisma, ids.NUIT!)).toBe(false);
  });
});
