import { getTableColumns, sql } from 'drizzle-orm';
import type { ModuleContext } from '@portal/module-kit';
import { NATIONAL_LINES } from '../contract/national-lines.js';
import { toLineRow } from './rows.js';
import { SAMPLE_LOCAL_LINES } from './sample-lines.js';
import { lines } from './schema.js';

const BATCH_SIZE = 500;

/**
 * Writes the national emergency numbers and the SAMPLE local lines (see sample-lines.ts).
 * Idempotent: rows have stable ids and are upserted, so running it again changes nothing.
 */
export async function seedHotlines({ db, log }: ModuleContext): Promise<void> {
  const rows = [...NATIONAL_LINES, ...SAMPLE_LOCAL_LINES].map(toLineRow);
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += BATCH_SIZE) {
      await tx
        .insert(lines)
        .values(rows.slice(start, start + BATCH_SIZE))
        .onConflictDoUpdate({ target: lines.id, set: replaceFromInsert() });
    }
  });
  log.info({ lines: rows.length }, 'hotlines seeded (national numbers and SAMPLE local lines)');
}

/** `set` for an upsert that overwrites every written column with the inserted value. */
function replaceFromInsert() {
  const columns = Object.entries(getTableColumns(lines)).filter(
    ([key, column]) => key !== 'id' && !column.generated,
  );
  return Object.fromEntries(columns.map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]));
}
