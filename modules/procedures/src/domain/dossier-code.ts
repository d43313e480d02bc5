import { sql } from 'drizzle-orm';
import { vietnamDay, type Tx } from '@portal/module-kit';
import { codeCounters, type AgencyRow } from '../db/schema.js';

/**
 * The next dossier code of an agency: its code prefix, the Vietnamese calendar day of submission (yymmdd)
 * and a sequence per agency and day, at least 4 digits: 'H40.25-251130-0001'.
 *
 * The counter row is upserted inside the submission's transaction, so the row lock serialises concurrent
 * submissions to the same agency, and a submission that fails rolls its number back (no gaps from
 * refused submissions).
 */
export async function nextDossierCode(tx: Tx, agency: AgencyRow, at: Date): Promise<string> {
  const day = vietnamDay(at).slice(2).replaceAll('-', '');
  const [row] = await tx
    .insert(codeCounters)
    .values({ agencyId: agency.id, day, last: 1 })
    .onConflictDoUpdate({ target: [codeCounters.agencyId, codeCounters.day], set: { last: sql`${codeCounters.last} + 1` } })
    .returning({ last: codeCounters.last });
  return `${agency.codePrefix}-${day}-${String(row!.last).padStart(4, '0')}`;
}
