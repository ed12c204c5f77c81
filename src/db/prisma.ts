import type { PrismaClient } from '../generated/prisma/client.js';

/** The Prisma client every domain function receives. Import this type, not the generated one, in domain code. */
export type Db = PrismaClient;

/** A Prisma client or the transaction client passed to `$transaction(async (tx) => ...)`. */
export type DbTx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
