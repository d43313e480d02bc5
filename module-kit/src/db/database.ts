import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';

/** The one database type modules query through, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

export type Driver = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  driver: Driver;
  /** Where the data lives, for logs (never includes a password). */
  location: string;
  /**
   * Runs `work` on one connection (a pool client for PostgreSQL), so session-level state such as an
   * advisory lock holds for the whole of it.
   */
  withConnection<T>(work: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — when set, node-postgres is used; otherwise embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; 'memory://' keeps everything in memory. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

/** Opens PGlite when no URL is given, node-postgres when one is: same schema, same queries. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    // An idle connection the server ends (restart, failover, a test database dropped WITH (FORCE)) is an
    // 'error' event on the pool; unheard, it would crash the process. The pool has already dropped that
    // client and the next query opens a new one, so there is nothing else to do.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool) as unknown as Db;
    await pool.query('select 1');
    return {
      db,
      driver: 'postgres',
      location: redactUrl(options.databaseUrl),
      async withConnection(work) {
        const client = await pool.connect();
        try {
          return await work(drizzlePg(client) as unknown as Db);
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    location: dataDir === 'memory://' ? 'PGlite (in memory)' : `PGlite at ${dataDir}`,
    withConnection: (work) => work(db),
    close: () => client.close(),
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparsable URL)';
  }
}
