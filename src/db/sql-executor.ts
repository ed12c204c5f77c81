/**
 * The little SQL the data layer needs outside Prisma (migrations, test schemas), over either driver:
 * a `pg` pool or client, or an embedded PGlite instance.
 */
export interface SqlExecutor {
  readonly kind: 'postgres' | 'pglite';
  /** One statement, with `$1`-style parameters; returns the rows. */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A script of one or more statements, without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` on one connection held for the whole call. Transactions (BEGIN ... COMMIT) and session
   * locks (pg_advisory_lock) must go through a session; plain `query` may use any pooled connection.
   */
  session<T>(work: (session: SqlExecutor) => Promise<T>): Promise<T>;
}

/** Quotes an SQL identifier ("my schema" -> "\"my schema\""). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
