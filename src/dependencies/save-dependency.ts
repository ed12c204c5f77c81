import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION, type StagedFanOut } from '../outbox/stage-fan-out.js';
import { onDependencyChanged } from './on-dependency-changed.js';
import { onDependencyTurnedRed } from './on-dependency-turned-red.js';
import { providerNamedFanOut, providerNamedFanOutKey } from './provider-named-fan-out.js';
import type { DependencyInput } from './read-dependency-form.js';
import { dependencyTexts as T } from './texts.js';
import { turnedRedFanOut, turnedRedFanOutKey } from './turned-red-fan-out.js';

export interface SaveDependencyOptions {
  initiativeId: string;
  /** Absent for a new dependency. */
  dependencyId?: string | undefined;
  actorId: string;
  input: DependencyInput;
}

const NO_PROVIDER = { providerText: null, providerInitiativeId: null, providerOrganisationId: null, providerPersonId: null };
type ProviderColumns = { providerText: string | null; providerInitiativeId: string | null; providerOrganisationId: string | null; providerPersonId: string | null };

/**
 * The provider's columns: the one picked from the roster (which must still be there), else a typed text found
 * among the portfolio's initiatives and organisations (exact key or name), else the text as it is.
 */
async function resolveProvider(services: AppServices, input: DependencyInput): Promise<ProviderColumns> {
  const pick = input.providerPick;
  if (pick) {
    const where = { where: { id: pick.id }, select: { id: true } };
    const found =
      pick.kind === 'initiative' ? await services.db.initiative.findUnique(where) : pick.kind === 'organisation' ? await services.db.organisation.findUnique(where) : await services.db.person.findUnique(where);
    if (!found) throw new AppError(ErrorCode.InvalidInput, `dependency provider ${pick.kind} ${pick.id} not found`, T.errProviderGone);
    return { ...NO_PROVIDER, [pick.kind === 'initiative' ? 'providerInitiativeId' : pick.kind === 'organisation' ? 'providerOrganisationId' : 'providerPersonId']: pick.id };
  }
  const text = input.provider;
  if (!text) return NO_PROVIDER;
  const match = { OR: [{ key: { equals: text, mode: 'insensitive' as const } }, { name: { equals: text, mode: 'insensitive' as const } }] };
  const initiative = await services.db.initiative.findFirst({ where: match });
  if (initiative) return { ...NO_PROVIDER, providerInitiativeId: initiative.id };
  const organisation = await services.db.organisation.findFirst({ where: match });
  if (organisation) return { ...NO_PROVIDER, providerOrganisationId: organisation.id };
  return { ...NO_PROVIDER, providerText: text };
}

/** The provider as one comparable value (`initiative:<id>`, …, `text:<text>`), for the change history. */
function providerKey(p: ProviderColumns): string | null {
  if (p.providerInitiativeId) return `initiative:${p.providerInitiativeId}`;
  if (p.providerOrganisationId) return `organisation:${p.providerOrganisationId}`;
  if (p.providerPersonId) return `person:${p.providerPersonId}`;
  return p.providerText ? `text:${p.providerText}` : null;
}

export interface SavedDependency {
  id: string;
  turnedRed: boolean;
  /** The provider is free text: nobody in the roster answers for it, nobody is told. */
  providerFreeText: string | null;
  /** Set when the provider of a red dependency changed: how many of the new provider's people are told. */
  newProviderTold: number | null;
}

/**
 * Adds or changes a dependency. Every changed field is recorded as a `DependencyChange` (who, when);
 * `redSince` is set when it turns red and cleared when it leaves red or is resolved. In the same transaction:
 * a dependency that turns red stages its "turned red" fan-out (owner, provider, and for high criticality the
 * secretariat); a red one whose provider is set or changed stages the "you are the new provider" fan-out. Both
 * are queued after the commit; then `onDependencyTurnedRed` / `onDependencyChanged` schedule the reminders.
 */
export async function saveDependency(services: AppServices, options: SaveDependencyOptions): Promise<SavedDependency> {
  const { input, actorId } = options;
  const now = services.clock();
  const provider = await resolveProvider(services, input);
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
    const turnedRed = isRedOpen && !wasRedOpen;
    const fanOuts: StagedFanOut[] = [];
    if (turnedRed) {
      fanOuts.push(await stageFanOut(tx, services, turnedRedFanOut, turnedRedFanOutKey(saved.id, saved.redSince!), { dependencyId: saved.id, redSince: saved.redSince!.toISOString() }));
    }
    let newProviderTold: number | null = null;
    const [fromProvider, toProvider] = [before ? providerKey(before) : null, providerKey(provider)];
    if (before && fromProvider !== toProvider) {
      const change = await tx.dependencyChange.create({ data: { dependencyId: saved.id, field: 'provider', fromValue: fromProvider, toValue: toProvider, changedById: actorId, at: now } });
      if (wasRedOpen && isRedOpen && toProvider && !provider.providerText) {
        const staged = await stageFanOut(tx, services, providerNamedFanOut, providerNamedFanOutKey(change.id), { dependencyId: saved.id, changeId: change.id });
        fanOuts.push(staged);
        newProviderTold = staged.total;
      }
    }
    return { id: saved.id, turnedRed, newProviderTold, providerFreeText: provider.providerText, fanOuts };
  }, TURN_TRANSACTION);
  for (const staged of result.fanOuts) if (staged.isNew) await queueFanOut(services, staged);
  if (result.turnedRed) await onDependencyTurnedRed(services, result.id);
  else await onDependencyChanged(services, result.id);
  return { id: result.id, turnedRed: result.turnedRed, providerFreeText: result.providerFreeText, newProviderTold: result.newProviderTold };
}
