import type { Db } from '../db/prisma.js';
import { ATTENDEE_ROLES, decideAccess } from './decide-access.js';

/** Who a command is for, as `help` and the home show it (the command itself still asks `assertAccess`). */
export type Audience = 'everyone' | 'secretariat' | 'portfolio_secretariat';

/** What one person may do, in broad strokes: for the home and `help`, which show only that. */
export interface PersonRights {
  /** The committees whose secretariat the person is (plan, agenda, distribute, decisions), by key. */
  managedCommittees: { id: string; key: string; name: string }[];
  /** The committees where the person is chair, member or observer. */
  attendedCommittees: { id: string; key: string }[];
  /** Opens, closes and follows the reporting rounds of the national portfolio. */
  managesRounds: boolean;
  /** May import the roster from chat. */
  importsRoster: boolean;
}

/**
 * The person's rights, asked of `decideAccess` for each committee they sit in (so the same rules decide
 * as when they act). An unknown person (null) has none.
 */
export async function loadPersonRights(db: Db, personId: string | null): Promise<PersonRights> {
  if (!personId) return { managedCommittees: [], attendedCommittees: [], managesRounds: false, importsRoster: false };
  const seats = await db.membership.findMany({ where: { personId }, include: { committee: true }, orderBy: { committee: { key: 'asc' } } });
  const committees = [...new Map(seats.map((s) => [s.committeeId, s.committee])).values()];
  const managed: PersonRights['managedCommittees'] = [];
  for (const committee of committees) {
    if ((await decideAccess(db, personId, { action: 'manage_meeting', committeeId: committee.id })).allowed) {
      managed.push({ id: committee.id, key: committee.key, name: committee.name });
    }
  }
  const attended = seats.filter((s) => ATTENDEE_ROLES.includes(s.role)).map((s) => ({ id: s.committeeId, key: s.committee.key }));
  const [rounds, roster] = await Promise.all([
    decideAccess(db, personId, { action: 'manage_round' }),
    decideAccess(db, personId, { action: 'import_roster' }),
  ]);
  return { managedCommittees: managed, attendedCommittees: attended, managesRounds: rounds.allowed, importsRoster: roster.allowed };
}

/** May a person with these rights use a command meant for `audience`? */
export function mayUse(rights: PersonRights, audience: Audience | undefined): boolean {
  switch (audience ?? 'everyone') {
    case 'everyone':
      return true;
    case 'secretariat':
      return rights.managedCommittees.length > 0;
    case 'portfolio_secretariat':
      return rights.managesRounds;
  }
}
