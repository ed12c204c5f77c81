import type { Prisma } from '../generated/prisma/client.js';
import type { DependencyParties } from '../access/permissions.js';
import type { PortfolioPolicy } from '../cycles/cycle-schema.js';

/** What every red-dependency message and check needs of a dependency. */
export const dependencyInclude = {
  initiative: { include: { owner: true, organisation: { include: { portfolioContacts: true } } } },
  providerInitiative: { include: { owner: true } },
  providerOrganisation: { include: { portfolioContacts: true } },
  providerPerson: true,
} satisfies Prisma.DependencyInclude;

export type LoadedDependency = Prisma.DependencyGetPayload<{ include: typeof dependencyInclude }>;

/** Is the dependency red and not resolved? */
export function isOpenRed(dependency: { status: string; resolvedAt: Date | null }): boolean {
  return dependency.status === 'red' && !dependency.resolvedAt;
}

/**
 * The people who answer for the provider: a provider initiative's owner, a provider organisation's portfolio
 * contacts, or the person picked as provider. A provider typed as free text has nobody.
 */
export function providerPersonIds(dependency: Pick<LoadedDependency, 'providerInitiative' | 'providerOrganisation' | 'providerPerson'>): string[] {
  if (dependency.providerPerson) return [dependency.providerPerson.id];
  if (dependency.providerInitiative) return [dependency.providerInitiative.ownerId];
  if (dependency.providerOrganisation) return dependency.providerOrganisation.portfolioContacts.map((c) => c.personId);
  return [];
}

/** Who is told at once that a dependency turned red: owner, provider, and for high criticality the secretariat. */
export function turnedRedRecipients(dependency: LoadedDependency, secretariatIds: string[]): string[] {
  return unique([dependency.initiative.ownerId, ...providerPersonIds(dependency), ...(dependency.criticality === 'high' ? secretariatIds : [])]);
}

/** Who is reminded while it stays red: the dependent side per `redDependencies.to`, and always the provider. */
export function reminderRecipients(dependency: LoadedDependency, policy: PortfolioPolicy, secretariatIds: string[]): string[] {
  const to = policy.redDependencies.to;
  return unique([
    ...(to.includes('initiative_owners') ? [dependency.initiative.ownerId] : []),
    ...providerPersonIds(dependency),
    ...(to.includes('portfolio_contacts') ? dependency.initiative.organisation.portfolioContacts.map((c) => c.personId) : []),
    ...(to.includes('secretariat') ? secretariatIds : []),
  ]);
}

/** The people on either side of a dependency, as the access module weighs them for `answer_dependency`. */
export function dependencyParties(dependency: LoadedDependency): DependencyParties {
  return {
    initiativeOwnerId: dependency.initiative.ownerId,
    providerPersonIds: providerPersonIds(dependency),
    initiativePortfolioContactIds: dependency.initiative.organisation.portfolioContacts.map((c) => c.personId),
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
