import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database, Db } from './database.js';

/** Where each schema's applied-migrations journal lives (kept apart so a module's own SQL can CREATE SCHEMA). */
export const MIGRATIONS_SCHEMA = 'drizzle';

export class MigrationError extends Error {
  constructor(
    readonly owner: string,
    readonly migrationsFolder: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`migrations of "${owner}" (${migrationsFolder}) failed: ${reason}`, { cause });
    this.name = 'MigrationError';
  }
}

/**
 * Applies the drizzle-kit migrations of one schema owner, idempotently. An advisory lock per owner
 * makes concurrent starters (several gateway instances on one PostgreSQL) wait instead of racing.
 */
export async function migrateSchema(
  database: Database,
  owner: { schema: string; migrationsFolder: string },
): Promise<void> {
  const lockKey = `portal.migrate.${owner.schema}`;
  try {
    await database.withConnection(async (db) => {
      await db.execute(sql`select pg_advisory_lock(hashtext(${lockKey}))`);
      try {
        await applyMigrations(database, db, owner);
      } finally {
        await db.execute(sql`select pg_advisory_unlock(hashtext(${lockKey}))`);
      }
    });
  } catch (error) {
    throw new MigrationError(owner.schema, owner.migrationsFolder, error);
  }
}

async function applyMigrations(database: Database, db: Db, owner: { schema: string; migrationsFolder: string }) {
  const config = {
    migrationsFolder: owner.migrationsFolder,
    migrationsSchema: MIGRATIONS_SCHEMA,
    migrationsTable: `${owner.schema}_migrations`,
  };
  readMigrationFiles(config); // fails early and clearly when the folder or journal is missing
  if (database.driver === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db as never, config);
  } else {
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    await migrate(db as never, config);
  }
}

/** True when every migration in the folder has been applied (for /readyz). */
export async function isSchemaUpToDate(db: Db, owner: { schema: string; migrationsFolder: string }): Promise<boolean> {
  const expected = readMigrationFiles({ migrationsFolder: owner.migrationsFolder }).length;
  const table = sql.identifier(`${owner.schema}_migrations`);
  try {
    const result = await db.execute(sql`select count(*)::int as n from ${sql.identifier(MIGRATIONS_SCHEMA)}.${table}`);
    const row = (result as unknown as { rows: Array<{ n: number }> }).rows[0];
    return (row?.n ?? 0) >= expected;
  } catch {
    return false;
  }
}
