import type { PGlite } from '@electric-sql/pglite';
import type { SqlExecutor } from './sql-executor.js';

/** A SqlExecutor over an embedded PGlite database. PGlite has a single connection, so a session is the instance. */
export function createPgliteExecutor(pglite: PGlite): SqlExecutor {
  const self: SqlExecutor = {
    kind: 'pglite',
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await pglite.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    session: (work) => work(self),
  };
  return self;
}
