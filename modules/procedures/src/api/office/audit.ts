import { asc, eq } from 'drizzle-orm';
import type { Caller, Db } from '@portal/module-kit';
import type { z } from '@hono/zod-openapi';
import type { AuditEntrySchema } from '../../contract/schemas.js';
import { auditLog, dossiers } from '../../db/schema.js';
import { isAdmin, isOfficerOf } from '../../domain/visibility.js';
import type { Lang } from '../http.js';
import { dossierNotFound } from '../problems.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids in URLs are uuids; anything else names no dossier (and would make PostgreSQL throw). */
export const isDossierId = (id: string) => UUID.test(id);

/**
 * The audit trail of a dossier for officers of its agency and admins (404 for anyone else, and for drafts,
 * which the agency does not see). Applicants see the timeline instead.
 */
export async function loadAudit(db: Db, id: string, caller: Caller, lang: Lang): Promise<Array<z.infer<typeof AuditEntrySchema>>> {
  if (!isDossierId(id)) throw dossierNotFound(lang);
  const [row] = await db.select({ agencyId: dossiers.agencyId, status: dossiers.status }).from(dossiers).where(eq(dossiers.id, id));
  if (!row || row.status === 'draft' || !(isOfficerOf(caller, row.agencyId) || isAdmin(caller))) throw dossierNotFound(lang);
  const entries = await db.select().from(auditLog).where(eq(auditLog.dossierId, id)).orderBy(asc(auditLog.id));
  return entries.map((entry) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    actorName: entry.actorName,
    actorUnitId: entry.actorUnitId,
    before: entry.before,
    after: entry.after,
  }));
}
