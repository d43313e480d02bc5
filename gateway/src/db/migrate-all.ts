import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_SCHEMA, MigrationError, migrateSchema, type Database } from '@portal/module-kit';
import { StartupError } from '../startup-error.js';

export interface MigrationOwner {
  /** "platform" or a module id, as the operator knows it. */
  label: string;
  schema: string;
  migrationsFolder: string;
}

/**
 * Applies each owner's migrations in order (idempotent: applied ones are skipped). The first failure
 * stops the start with a StartupError naming the owner and the migration file that broke.
 */
export async function migrateAll(database: Database, owners: readonly MigrationOwner[]): Promise<void> {
  for (const owner of owners) {
    try {
      await migrateSchema(database, owner);
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      const failing = await findFailingMigration(database, owner).catch(() => undefined);
      const what = failing ? `migration ${failing.tag}.sql failed: ${failing.reason}` : `migrations failed: ${rootMessage(error.cause)}`;
      throw new StartupError(`${owner.label}: ${what} (in ${owner.migrationsFolder}). Fix it and start again.`, {
        cause: error,
      });
    }
  }
}

/**
 * drizzle applies pending migrations in one transaction and reports only the database's message, so
 * replay them statement by statement in a transaction that is always rolled back, to name the file.
 */
async function findFailingMigration(
  database: Database,
  owner: MigrationOwner,
): Promise<{ tag: string; reason: string } | undefined> {
  const migrations = readMigrationFiles({ migrationsFolder: owner.migrationsFolder });
  const journal = JSON.parse(await readFile(join(owner.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  const lastApplied = await lastAppliedAt(database, owner.schema);
  let failing: { tag: string; reason: string } | undefined;
  const rollback = new Error('rollback');
  await database
    .withConnection((db) =>
      db.transaction(async (tx) => {
        for (const [index, migration] of migrations.entries()) {
          if (lastApplied !== undefined && migration.folderMillis <= lastApplied) continue;
          for (const statement of migration.sql) {
            if (statement.trim() === '') continue;
            try {
              await tx.execute(sql.raw(statement));
            } catch (error) {
              failing = { tag: journal.entries[index]?.tag ?? `#${index}`, reason: rootMessage(error) };
              throw rollback;
            }
          }
        }
        throw rollback;
      }),
    )
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return failing;
}

async function lastAppliedAt(database: Database, schema: string): Promise<number | undefined> {
  const table = sql.identifier(`${schema}_migrations`);
  try {
    const result = await database.db.execute(
      sql`select max(created_at)::text as at from ${sql.identifier(MIGRATIONS_SCHEMA)}.${table}`,
    );
    const at = (result as unknown as { rows: Array<{ at: string | null }> }).rows[0]?.at;
    return at ? Number(at) : undefined;
  } catch {
    return undefined; // no journal table yet: nothing applied
  }
}

/** The innermost message of a wrapped error (drizzle wraps the database's message in "Failed query: …"). */
export function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
