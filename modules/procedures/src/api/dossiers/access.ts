import { and, eq, sql } from 'drizzle-orm';
import type { Caller, Db, Tx } from '@portal/module-kit';
import type { ApplicantAction } from '../../contract/domain.js';
import { dossiers, type DossierRow } from '../../db/schema.js';
import { isApplicantOf } from '../../domain/visibility.js';
import { applicantActions } from '../../domain/workflow.js';
import type { Lang } from '../http.js';
import { dossierNotFound, illegalTransition, staleVersion } from '../problems.js';
import { recordChange, type DossierChange } from '../record.js';

/** Ids in URLs are uuids; anything else cannot name a dossier (and would make PostgreSQL throw). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The dossier an applicant acts on, locked for the rest of the transaction. 404 unless the caller is on
 * its applicant side (the applicant, or a representative of the same enterprise): officers and admins
 * see dossiers but never act on the applicant's behalf.
 */
export async function lockApplicantDossier(tx: Tx, id: string, caller: Caller, lang: Lang): Promise<DossierRow> {
  if (!UUID.test(id)) throw dossierNotFound(lang);
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, id)).for('update');
  if (!row || !isApplicantOf(caller, row)) throw dossierNotFound(lang);
  return row;
}

/** Same as lockApplicantDossier, without the lock (reads). */
export async function readApplicantDossier(tx: Db | Tx, id: string, caller: Caller, lang: Lang): Promise<DossierRow> {
  if (!UUID.test(id)) throw dossierNotFound(lang);
  const [row] = await tx.select().from(dossiers).where(eq(dossiers.id, id));
  if (!row || !isApplicantOf(caller, row)) throw dossierNotFound(lang);
  return row;
}

export const isDossierId = (id: string) => UUID.test(id);

/** 409 stale-version when the client read an older version; 409 illegal-transition (with `allowed`) when the status forbids it. */
export function assertApplicantMay(row: DossierRow, action: ApplicantAction, version: number | undefined, lang: Lang): void {
  const allowed = applicantActions(row);
  if (!allowed.includes(action)) throw illegalTransition(lang, row.status, action, allowed);
  if (version !== undefined && version !== row.version) throw staleVersion(lang, version, row.version);
}

/**
 * Writes a change of the dossier (version + 1, updatedAt now) and its records (timeline, audit, outbox) in
 * the caller's transaction. The row is locked, so the version guard only ever fails on a logic error.
 */
export async function saveChange(
  tx: Tx,
  before: DossierRow,
  set: Partial<typeof dossiers.$inferInsert>,
  change: Omit<DossierChange, 'before' | 'after'>,
  now: Date,
): Promise<DossierRow> {
  const [after] = await tx
    .update(dossiers)
    .set({ ...set, version: sql`${dossiers.version} + 1`, updatedAt: now })
    .where(and(eq(dossiers.id, before.id), eq(dossiers.version, before.version)))
    .returning();
  if (!after) throw new Error(`dossier ${before.id} changed under a row lock`);
  await recordChange(tx, { ...change, before, after });
  return after;
}
