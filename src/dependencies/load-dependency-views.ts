import type { Db } from '../db/prisma.js';
import { dependencyInclude, isOpenRed, providerPersonIds, type LoadedDependency } from './dependency-people.js';
import { loadPersonSnoozes, snoozeOf, type PersonSnooze } from './load-person-snoozes.js';

/** One recorded answer, with who gave it. */
export interface RecordedAnswer {
  field: string;
  fromValue: string | null;
  toValue: string | null;
  note: string | null;
  at: Date;
  by: string | null;
}

/** The role of a person who answered: the initiative's owner, its portfolio contact, the provider, the secretariat. */
export type AnswerRole = 'owner' | 'contact' | 'provider' | 'secretariat';
/** The sides of a dependency: the dependent initiative (its owner or portfolio contact), the provider, the secretariat. */
type AnswerSide = 'owner' | 'provider' | 'secretariat';

/** A dependency as a message shows it: with its people and the answers given about it. */
export interface DependencyView {
  dependency: LoadedDependency;
  /** The last answer of anyone (a status change, "still red" or resolved); what a settled message shows. */
  lastAnswer: RecordedAnswer | null;
  /**
   * While it is red: the latest "still red" of each side in the current red spell, dependent side first, then the
   * provider, then the secretariat. Every copy shows them all, whoever reads it and whether they paused or not.
   */
  stillRed: (RecordedAnswer & { role: AnswerRole })[];
  /** Until when the reader of the message paused their own reminders about it; null when not paused or unknown. */
  snoozedUntil: Date | null;
}

/** The answers a message reports back to everybody: status changes, "still red", resolved (a pause is the reader's own). */
const ANSWER_FIELDS = ['status', 'resolved'];
const SIDE_ORDER: AnswerSide[] = ['owner', 'provider', 'secretariat'];

/** The role in which a person answered. */
export function answerRole(dependency: LoadedDependency, personId: string | null): AnswerRole {
  if (personId && providerPersonIds(dependency).includes(personId)) return 'provider';
  if (personId && personId === dependency.initiative.ownerId) return 'owner';
  if (personId && dependency.initiative.organisation.portfolioContacts.some((c) => c.personId === personId)) return 'contact';
  return 'secretariat';
}

/**
 * Loads the dependencies in the given order, each with its last recorded answer, the latest "still red" of each
 * side and, for `readerId`, their own pause; missing ids are left out.
 */
export async function loadDependencyViews(db: Db, ids: string[], readerId?: string | null): Promise<DependencyView[]> {
  if (ids.length === 0) return [];
  const rows = await db.dependency.findMany({ where: { id: { in: ids } }, include: dependencyInclude });
  const changes = await db.dependencyChange.findMany({
    where: { dependencyId: { in: ids }, field: { in: ANSWER_FIELDS } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    include: { changedBy: { select: { name: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const snoozes = readerId ? await loadPersonSnoozes(db, rows, [readerId]) : new Map<string, PersonSnooze>();
  return ids.flatMap((id) => {
    const dependency = byId.get(id);
    if (!dependency) return [];
    const own = changes.filter((c) => c.dependencyId === id);
    const recorded = (c: (typeof own)[number]): RecordedAnswer => ({ field: c.field, fromValue: c.fromValue, toValue: c.toValue, note: c.note, at: c.at, by: c.changedBy?.name ?? null });
    const stillRed = new Map<AnswerSide, RecordedAnswer & { role: AnswerRole }>();
    if (isOpenRed(dependency) && dependency.redSince) {
      for (const c of own) {
        if (c.field !== 'status' || c.fromValue !== 'red' || c.toValue !== 'red' || c.at < dependency.redSince) continue;
        const role = answerRole(dependency, c.changedById);
        const side: AnswerSide = role === 'contact' ? 'owner' : role;
        if (!stillRed.has(side)) stillRed.set(side, { ...recorded(c), role });
      }
    }
    return [
      {
        dependency,
        lastAnswer: own[0] ? recorded(own[0]) : null,
        stillRed: SIDE_ORDER.flatMap((side) => stillRed.get(side) ?? []),
        snoozedUntil: readerId ? (snoozeOf(snoozes, dependency, readerId)?.until ?? null) : dependency.snoozedUntil,
      },
    ];
  });
}
