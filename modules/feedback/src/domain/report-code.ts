import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@portal/module-kit';
import { formatReportCode } from '../contract/domain.js';
import { codeCounters } from '../db/schema.js';

/**
 * The next readable code of the year (PA-2026-000124). One upsert hands out the number: two reports sent at
 * the same moment wait on the counter's row lock and get different numbers, and a rolled-back transaction
 * gives its number back. Call it inside the transaction that inserts the report.
 */
export async function nextReportCode(tx: Tx | Db, year: number): Promise<string> {
  const [row] = await tx
    .insert(codeCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: codeCounters.year, set: { last: sql`${codeCounters.last} + 1` } })
    .returning({ last: codeCounters.last });
  return formatReportCode(year, row!.last);
}
