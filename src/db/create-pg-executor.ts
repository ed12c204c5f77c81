import pg from 'pg';
import { quoteIdent, type SqlExecutor } from './sql-executor.js';

export interface PgExecutorOptions {
  /** Every session sets `search_path` to this schema first. */
  schema?: string;
}

/** A SqlExecutor over a `pg` Pool (each session checks out a client) or a single, connected `pg` Client. */
export function createPgExecutor(driver: pg.Pool | pg.Client, options: PgExecutorOptions = {}): SqlExecutor {
  const setPath = options.schema ? `SET search_path TO ${quoteIdent(options.schema)}` : undefined;

  const onClient = (client: pg.ClientBase): SqlExecutor => {
    const self: SqlExecutor = {
      kind: 'postgres',
      async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
        const result = await client.query<Row & pg.QueryResultRow>(sql, params as unknown[]);
        return result.rows;
      },
      async exec(sql) {
        // Without parameters pg uses the simple query protocol, which accepts several statements.
        await client.query(sql);
      },
      session: (work) => work(self),
    };
    return self;
  };

  const session = async <T>(work: (s: SqlExecutor) => Promise<T>): Promise<T> => {
    if (driver instanceof pg.Pool) {
      const client = await driver.connect();
      let broken = false;
      try {
        if (setPath) await client.query(setPath);
        return await work(onClient(client));
      } catch (error) {
        broken = isConnectionError(error);
        throw error;
      } finally {
        client.release(broken);
      }
    }
    if (setPath) await driver.query(setPath);
    return work(onClient(driver));
  };

  return {
    kind: 'postgres',
    query: (sql, params) => session((s) => s.query(sql, params)),
    exec: (sql) => session((s) => s.exec(sql)),
    session,
  };
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('08') || code === 'ECONNRESET' || code === 'EPIPE');
}
