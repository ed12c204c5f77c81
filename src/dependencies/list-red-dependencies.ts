import type { Criticality, DependencyCategory } from '../generated/prisma/enums.js';
import type { Db } from '../db/prisma.js';
import { dependencyInclude, type LoadedDependency } from './dependency-people.js';
import { providerName } from './dependency-labels.js';

export interface RedDependencyFilter {
  criticality?: Criticality | undefined;
  category?: DependencyCategory | undefined;
  /** Part of the provider's name (initiative, organisation or free text), any case. */
  provider?: string | undefined;
}

/** Every red, unresolved dependency across the portfolio that matches the filter, the oldest red first. */
export async function listRedDependencies(db: Db, filter: RedDependencyFilter = {}): Promise<LoadedDependency[]> {
  const rows = await db.dependency.findMany({
    where: {
      status: 'red',
      resolvedAt: null,
      ...(filter.criticality ? { criticality: filter.criticality } : {}),
      ...(filter.category ? { category: filter.category } : {}),
    },
    include: dependencyInclude,
    orderBy: [{ redSince: 'asc' }, { initiative: { name: 'asc' } }, { description: 'asc' }],
  });
  const needle = filter.provider?.trim().toLowerCase();
  return needle ? rows.filter((d) => providerName('nb', d).toLowerCase().includes(needle)) : rows;
}
