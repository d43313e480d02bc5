import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database.js';
import type { Database } from './database.js';
import { MigrationError, isSchemaUpToDate, migrateSchema } from './migrate.js';

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/notes/migrations');
const notes = { schema: 'notes', migrationsFolder: fixture };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.execute(sql`drop schema if exists notes cascade`);
  await database.db.execute(sql`drop table if exists drizzle.notes_migrations`);
});

async function columns(): Promise<string[]> {
  const result = await database.db.execute(
    sql`select column_name from information_schema.columns where table_schema = 'notes' and table_name = 'note' order by column_name`,
  );
  return (result as unknown as { rows: Array<{ column_name: string }> }).rows.map((r) => r.column_name);
}

describe('migrateSchema', () => {
  it('applies every migration of a schema and reports it up to date', async () => {
    expect(await isSchemaUpToDate(database.db, notes)).toBe(false);
    await migrateSchema(database, notes);
    expect(await columns()).toEqual(['body', 'id', 'pinned']);
    expect(await isSchemaUpToDate(database.db, notes)).toBe(true);
  });

  it('is idempotent: a second run changes nothing and keeps the data', async () => {
    await migrateSchema(database, notes);
    await database.db.execute(sql`insert into notes.note (body) values ('giữ lại')`);
    await migrateSchema(database, notes);
    const result = await database.db.execute(sql`select body from notes.note`);
    expect((result as unknown as { rows: unknown[] }).rows).toEqual([{ body: 'giữ lại' }]);
  });

  it('names the schema and the reason when a migration fails, and applies nothing of it', async () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'broken-migrations-'));
    cpSync(fixture, broken, { recursive: true });
    writeFileSync(path.join(broken, '0001_add_pinned.sql'), 'ALTER TABLE "notes"."missing" ADD COLUMN "x" int;');
    const error = await migrateSchema(database, { schema: 'notes', migrationsFolder: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/migrations of "notes"/);
    expect((error as Error).message).toMatch(/missing/);
    expect(await isSchemaUpToDate(database.db, notes)).toBe(false);
  });

  it('fails clearly when the migrations folder does not exist', async () => {
    const error = await migrateSchema(database, { schema: 'ghost', migrationsFolder: '/nonexistent/folder' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/ghost/);
  });
});
