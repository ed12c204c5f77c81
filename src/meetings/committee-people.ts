import type { Db } from '../db/prisma.js';
import type { CommitteeRole } from '../generated/prisma/enums.js';

/** Chair, members and observers, the people called to a meeting: defined once, by the access module that also lets them answer. */
export { ATTENDEE_ROLES } from '../access/decide-access.js';

/** The distinct people holding any of `roles` in a committee, sorted by name. */
export async function committeePeople(db: Db, committeeId: string, roles: CommitteeRole[]) {
  const memberships = await db.membership.findMany({ where: { committeeId, role: { in: roles } }, include: { person: true } });
  const byId = new Map(memberships.map((m) => [m.person.id, m.person]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
