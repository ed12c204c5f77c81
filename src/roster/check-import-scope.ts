import { isPortfolioSecretariat } from '../access/decide-access.js';
import type { DbTx } from '../db/prisma.js';
import type { Roster } from './roster-schema.js';

/** An entry of the file that the import created or changed (a membership or contact change counts for its owner). */
export interface TouchedEntry {
  section: 'organisations' | 'people' | 'committees' | 'initiatives';
  index: number;
  key: string;
  kind: 'created' | 'updated';
}

/** What a person importing from chat may change, read before anything is written. */
export interface ImportScope {
  personKey: string;
  /** Committees the person is secretariat of. */
  committeeKeys: ReadonlySet<string>;
  /** People seated in those committees (and, for the portfolio's secretariat, initiative owners and portfolio contacts). */
  personKeys: ReadonlySet<string>;
  /** The person is secretariat of the portfolio's committee: organisations and initiatives are theirs too. */
  portfolio: boolean;
  /** Stored `treatsPortfolio` of the person's committees. */
  treatsPortfolio: ReadonlyMap<string, boolean>;
}

export async function loadImportScope(tx: DbTx, personId: string): Promise<ImportScope> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: { key: true } });
  const committees = await tx.committee.findMany({ where: { memberships: { some: { personId, role: 'secretariat' } } }, select: { id: true, key: true, treatsPortfolio: true } });
  const seated = await tx.membership.findMany({ where: { committeeId: { in: committees.map((c) => c.id) } }, select: { person: { select: { key: true } } } });
  const portfolio = await isPortfolioSecretariat(tx, personId);
  const portfolioPeople = portfolio
    ? await tx.person.findMany({ where: { OR: [{ ownedInitiatives: { some: {} } }, { portfolioContacts: { some: {} } }] }, select: { key: true } })
    : [];
  return {
    personKey: person.key,
    committeeKeys: new Set(committees.map((c) => c.key)),
    personKeys: new Set([...seated.map((m) => m.person.key), ...portfolioPeople.map((p) => p.key)]),
    portfolio,
    treatsPortfolio: new Map(committees.map((c) => [c.key, c.treatsPortfolio])),
  };
}

/**
 * The entries an import from chat changed outside the importer's reach, as `committees[0] "NUIT"`. A secretariat
 * changes its own committees (and may create one it sits in as secretariat), the people seated in them and new
 * people; organisations that exist, initiatives and a committee's `treatsPortfolio` belong to the portfolio, so
 * only the portfolio's secretariat changes them. Unchanged entries are never counted: pasting the whole roster
 * is fine as long as only one's own part differs.
 */
export function findOutsideScope(touched: readonly TouchedEntry[], roster: Roster, scope: ImportScope): string[] {
  const outside = touched.filter((entry) => !withinScope(entry, roster, scope));
  const seen = new Set<string>();
  return outside.flatMap((e) => {
    const name = `${e.section}[${e.index}] "${e.key}"`;
    if (seen.has(name)) return [];
    seen.add(name);
    return [name];
  });
}

function withinScope(entry: TouchedEntry, roster: Roster, scope: ImportScope): boolean {
  switch (entry.section) {
    case 'committees': {
      const committee = roster.committees[entry.index]!;
      const portfolioFlag = committee.treatsPortfolio !== undefined && committee.treatsPortfolio !== (scope.treatsPortfolio.get(entry.key) ?? false);
      if (portfolioFlag && !scope.portfolio) return false;
      if (entry.kind === 'created') return (committee.secretariat ?? []).includes(scope.personKey);
      return scope.committeeKeys.has(entry.key);
    }
    case 'people':
      return entry.kind === 'created' || scope.personKeys.has(entry.key);
    case 'organisations':
      return entry.kind === 'created' || scope.portfolio;
    case 'initiatives':
      return scope.portfolio;
  }
}
