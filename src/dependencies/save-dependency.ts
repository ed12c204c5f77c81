import type { AppServices } from '../app/services.js';
import { onDependencyChanged } from './on-dependency-changed.js';
import { onDependencyTurnedRed } from './on-dependency-turned-red.js';
import type { DependencyInput } from './read-dependency-form.js';

export interface SaveDependencyOptions {
  initiativeId: string;
  /** Absent for a new dependency. */
  dependencyId?: string | undefined;
  actorId: string;
  input: DependencyInput;
}

/** Finds the provider among the portfolio's initiatives and organisations (key or name), else keeps the text. */
async function resolveProvider(services: AppServices, text: string | null) {
  if (!text) return { providerText: null, providerInitiativeId: null, providerOrganisationId: null };
  const match = { OR: [{ key: { equals: text, mode: 'insensitive' as const } }, { name: { equals: text, mode: 'insensitive' as const } }] };
  const initiative = await services.db.initiative.findFirst({ where: match });
  if (initiative) return { providerText: null, providerInitiativeId: initiative.id, providerOrganisationId: null };
  const organisation = await services.db.organisation.findFirst({ where: match });
  if (organisation) return { providerText: null, providerInitiativeId: null, providerOrganisationId: organisation.id };
  return { providerText: text, providerInitiativeId: null, providerOrganisationId: null };
}

/**
 * Adds or changes a dependency. Every changed field is recorded as a `DependencyChange` (who, when);
 * `redSince` is set when it turns red and cleared when it leaves red or is resolved; a dependency that turns
 * red is handed to `onDependencyTurnedRed`.
 */
export async function saveDependency(services: AppServices, options: SaveDependencyOptions): Promise<{ id: string; turnedRed: boolean }> {
  const { input, actorId } = options;
  const now = services.clock();
  const provider = await resolveProvider(services, input.provider);
  const data = {
    description: input.description,
    category: input.category,
    criticality: input.criticality,
    status: input.status,
    dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null,
    ...provider,
  };
  const result = await services.db.$transaction(async (tx) => {
    const before = options.dependencyId ? await tx.dependency.findFirst({ where: { id: options.dependencyId, initiativeId: options.initiativeId } }) : null;
    const wasRedOpen = before ? before.status === 'red' && !before.resolvedAt : false;
    const isRedOpen = input.status === 'red' && !input.resolved;
    const resolvedAt = input.resolved ? (before?.resolvedAt ?? now) : null;
    const redSince = isRedOpen ? (wasRedOpen ? before!.redSince ?? now : now) : null;
    const saved = before
      ? await tx.dependency.update({ where: { id: before.id }, data: { ...data, resolvedAt, redSince } })
      : await tx.dependency.create({ data: { ...data, initiativeId: options.initiativeId, resolvedAt, redSince } });
    const show = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    const changes: { field: string; fromValue: string | null; toValue: string | null }[] = [];
    const compare: [string, unknown, unknown][] = [
      ['status', before?.status, saved.status],
      ['criticality', before?.criticality, saved.criticality],
      ['dueDate', before?.dueDate, saved.dueDate],
      ['category', before?.category, saved.category],
      ['description', before?.description, saved.description],
      ['resolved', before ? Boolean(before.resolvedAt) : undefined, Boolean(saved.resolvedAt)],
    ];
    for (const [field, from, to] of compare) {
      if (show(from) !== show(to)) changes.push({ field, fromValue: show(from), toValue: show(to) });
    }
    if (changes.length) await tx.dependencyChange.createMany({ data: changes.map((c) => ({ ...c, dependencyId: saved.id, changedById: actorId, at: now })) });
    return { id: saved.id, turnedRed: isRedOpen && !wasRedOpen };
  });
  if (result.turnedRed) await onDependencyTurnedRed(services, result.id);
  else await onDependencyChanged(services, result.id);
  return result;
}
