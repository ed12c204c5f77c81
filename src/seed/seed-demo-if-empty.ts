import type { Db } from '../db/prisma.js';
import { seedDemo } from './seed-demo.js';

/**
 * Loads the demo roster and data into an empty database, so a newcomer who runs `npm start` with no
 * accounts meets a living system in the local console. A database with anyone in it is left alone.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await db.person.count()) > 0) return false;
  await seedDemo(db);
  return true;
}
