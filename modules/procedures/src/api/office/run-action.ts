import { and, eq } from 'drizzle-orm';
import type { Caller, Tx } from '@portal/module-kit';
import type { OfficerAction } from '../../contract/domain.js';
import { dossiers, type DossierRow } from '../../db/schema.js';
import { isAdmin, isOfficerOf } from '../../domain/visibility.js';
import { officerActions } from '../../domain/workflow.js';
import type { Lang } from '../http.js';
import { dossierNotFound, illegalTransition, staleVersion } from '../problems.js';
import { recordChange, type DossierChange, type TimelineEntryInput } from '../record.js';
import { isDossierId } from './audit.js';
import { adminReadOnly } from './problems.js';

/** Who asks for which officer action on which dossier, at which version, and when. */
export interface OfficeRequest {
  id: string;
  actor: Caller;
  lang: Lang;
  version: number;
  now: Date;
}

/** What one action does: the columns it sets and the records it leaves. */
export interface Plan {
  set: Partial<typeof dossiers.$inferInsert>;
  timeline: TimelineEntryInput[];
  events: (after: DossierRow) => DossierChange['events'];
}

/**
 * 404 for a dossier the caller may not act on as an officer — one that does not exist, a draft, another
 * agency's — so its existence is not revealed; 403 for an admin, who sees it but acts on nothing.
 */
export function authorizeOfficer(row: DossierRow | undefined, actor: Caller, lang: Lang): DossierRow {
  if (!row || row.status === 'draft') throw dossierNotFound(lang);
  if (isOfficerOf(actor, row.agencyId)) return row;
  throw isAdmin(actor) ? adminReadOnly(lang) : dossierNotFound(lang);
}

/**
 * One officer action in the caller's transaction: locks the dossier row, checks who acts (404/403), the
 * version (409 stale-version) and the state machine (409 illegal-transition naming what is allowed now),
 * applies `plan`, bumps the version and leaves timeline, audit and outbox records through recordChange.
 */
export async function runOfficerAction(
  tx: Tx,
  request: OfficeRequest,
  action: OfficerAction,
  plan: (row: DossierRow) => Promise<Plan> | Plan,
): Promise<DossierRow> {
  if (!isDossierId(request.id)) throw dossierNotFound(request.lang);
  const [locked] = await tx.select().from(dossiers).where(eq(dossiers.id, request.id)).for('update');
  const before = authorizeOfficer(locked, request.actor, request.lang);
  if (before.version !== request.version) throw staleVersion(request.lang, request.version, before.version);
  const allowed = officerActions(before, request.now);
  if (!allowed.includes(action)) throw illegalTransition(request.lang, before.status, action, allowed);
  const change = await plan(before);
  const [after] = await tx
    .update(dossiers)
    .set({ ...change.set, version: before.version + 1, updatedAt: request.now })
    .where(and(eq(dossiers.id, before.id), eq(dossiers.version, before.version)))
    .returning();
  await recordChange(tx, {
    action,
    actor: request.actor,
    before,
    after: after!,
    timeline: change.timeline,
    events: change.events(after!),
  });
  return after!;
}
