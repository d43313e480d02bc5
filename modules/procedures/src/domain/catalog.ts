import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@portal/module-kit';
import { agencies, procedures, type AgencyRow, type ProcedureRow } from '../db/schema.js';

export interface LoadedProcedure {
  procedure: ProcedureRow;
  agency: AgencyRow;
}

/**
 * A procedure of the catalog with its handling agency, or null when there is none with this id.
 * Inactive procedures are returned too: dossiers started before a procedure was retired still need it;
 * callers that start something new check `procedure.active` themselves.
 */
export async function loadProcedure(db: Db | Tx, id: string): Promise<LoadedProcedure | null> {
  const [row] = await db
    .select({ procedure: procedures, agency: agencies })
    .from(procedures)
    .innerJoin(agencies, eq(agencies.id, procedures.agencyId))
    .where(eq(procedures.id, id))
    .limit(1);
  return row ?? null;
}
