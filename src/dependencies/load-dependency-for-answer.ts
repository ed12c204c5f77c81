import { assertAccess } from '../access/decide-access.js';
import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import type { Payload } from '../ui/model.js';
import { dependencyInclude, dependencyParties } from './dependency-people.js';

/**
 * The dependency a button or form of a red-dependency message is about (`d`), and the message it sat in (`k`),
 * once the person is allowed to answer for it.
 */
export async function loadDependencyForAnswer(db: Db, personId: string | null, payload: Payload) {
  const dependencyId = typeof payload.d === 'string' ? payload.d : '';
  const deliveryKey = typeof payload.k === 'string' && payload.k ? payload.k : null;
  const dependency = dependencyId ? await db.dependency.findUnique({ where: { id: dependencyId }, include: dependencyInclude }) : null;
  if (!dependency) throw new AppError(ErrorCode.NotFound, `dependency ${dependencyId} not found`);
  await assertAccess(db, personId, { action: 'answer_dependency', dependency: dependencyParties(dependency) });
  return { dependency, deliveryKey };
}
