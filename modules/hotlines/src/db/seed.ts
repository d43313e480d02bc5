import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { ModuleContext } from '@portal/module-kit';
import { NATIONAL_LINES } from '../contract/national-lines.js';
import { toLineRow } from './rows.js';
import { SAMPLE_LOCAL_LINES } from './sample-lines.js';
import { auditLog, lines } from './schema.js';

const BATCH_SIZE = 500;

/**
 * Writes the national emergency numbers and the SAMPLE local lines (see sample-lines.ts).
 * Idempotent, with stable ids. The national numbers are upserted: they are fixed, so a hand edit is
 * undone. A sample local line is only added when missing and never removed by an admin: what admins
 * changed or deleted through the API stays as they left it after a restart.
 */
export async function seedHotlines({ db, log }: ModuleContext): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(lines)
      .values(NATIONAL_LINES.map(toLineRow))
      .onConflictDoUpdate({ target: lines.id, set: replaceFromInsert() });
    const deleted = await tx
      .selectDistinct({ id: auditLog.lineId })
      .from(auditLog)
      .where(eq(auditLog.action, 'delete'));
    const removedByAdmin = new Set(deleted.map((row) => row.id));
    const samples = SAMPLE_LOCAL_LINES.filter((line) => !removedByAdmin.has(line.id)).map(toLineRow);
    for (let start = 0; start < samples.length; start += BATCH_SIZE) {
      await tx.insert(lines).values(samples.slice(start, start + BATCH_SIZE)).onConflictDoNothing({ target: lines.id });
    }
  });
  log.info({ lines: NATIONAL_LINES.length + SAMPLE_LOCAL_LINES.length }, 'hotlines seeded (national numbers and SAMPLE local lines)');
}

/** `set` for an upsert that overwrites every written column with the inserted value (not the admin version stamp). */
function replaceFromInsert() {
  const columns = Object.entries(getTableColumns(lines)).filter(
    ([key, column]) => key !== 'id' && !column.generated && key !== 'version' && key !== 'updatedAt',
  );
  return Object.fromEntries(columns.map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]));
}
