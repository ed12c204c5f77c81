import type { Db } from '../db/prisma.js';

/**
 * Which of the ids a form sent are people of the roster. A person is picked from the whole roster with a search
 * picker, so a form holds an id, not a list to check it against; a stale or forged id is not among them.
 */
export async function rosterPeopleAmong(db: Db, ids: (string | string[] | undefined)[]): Promise<string[]> {
  const wanted = ids.flatMap((id) => (Array.isArray(id) ? id : id ? [id] : []));
  if (wanted.length === 0) return [];
  return (await db.person.findMany({ where: { id: { in: wanted } }, select: { id: true } })).map((p) => p.id);
}
