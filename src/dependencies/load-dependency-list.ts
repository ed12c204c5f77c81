import { isFreeTextProvider } from './dependency-labels.js';
import type { Db } from '../db/prisma.js';
import type { ListedDependency } from './build-dependency-list.js';

/** The open (unresolved) dependencies of an initiative, red first, for the dependency step. */
export async function loadDependencyList(db: Db, initiativeId: string): Promise<ListedDependency[]> {
  const rows = await db.dependency.findMany({
    where: { initiativeId, resolvedAt: null },
    include: { providerInitiative: true, providerOrganisation: true, providerPerson: true },
    orderBy: [{ createdAt: 'asc' }],
  });
  const rank = { red: 0, yellow: 1, green: 2 } as const;
  return rows
    .map((d) => ({
      id: d.id,
      description: d.description,
      category: d.category,
      criticality: d.criticality,
      status: d.status,
      dueDate: d.dueDate,
      provider: d.providerInitiative?.name ?? d.providerOrganisation?.name ?? d.providerPerson?.name ?? d.providerText,
      providerInRoster: isFreeTextProvider(d) ? false : true,
    }))
    .sort((a, b) => rank[a.status] - rank[b.status]);
}
