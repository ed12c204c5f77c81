import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

/** The Prisma client every domain function receives. Import this type, not the generated one, in domain code. */
export type Db = PrismaClient;

/** The client inside `db.$transaction(async (tx) => ...)`; a `Db` can be passed where a `DbTx` is expected. */
export type DbTx = Prisma.TransactionClient;
