import { and, eq } from 'drizzle-orm';
import type { Caller, Db, Tx } from '@portal/module-kit';
import type { OfficerAction } from '../../contract/domain.js';
import { reports, type ReportRow } from '../../db/schema.js';
import type { Lang } from '../reads/http.js';
import { canSeeReport, isAdmin, isOfficerOf } from '../reads/visibility.js';
import { adminReadOnly, notReporter, reportNotFound } from './problems.js';
import { recordChange, type ChangeRecord } from './record.js';
import { assertTransition, assertVersion } from './workflow.js';

/** Who acts on a report and how they may: officers of its current unit, or its reporter (rating). */
export type ActorKind = 'officer' | 'reporter';

/**
 * 404 unless the caller may act on the report as `kind` — a report they cannot see must look like one
 * that does not exist; 403 when they see it but may not act (an admin, a follower rating).
 */
export function authorize(row: ReportRow | undefined, actor: Caller, kind: ActorKind, lang: Lang): ReportRow {
  if (!row) throw reportNotFound(lang);
  if (kind === 'officer') {
    if (isOfficerOf(actor, row.unitId)) return row;
    throw isAdmin(actor) ? adminReadOnly(lang) : reportNotFound(lang);
  }
  if (actor.sub === row.reporterSub) return row;
  throw canSeeReport(actor, row) ? notReporter(lang) : reportNotFound(lang);
}

/** The report by code, for a check before expensive work (photos); the transaction checks again under lock. */
export async function findReport(db: Db, code: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.code, code));
  return row;
}

/** What one action does to a report: the columns it sets and the records it leaves. */
export interface Plan {
  set: Partial<typeof reports.$inferInsert>;
  timeline: ChangeRecord['timeline'];
  events: (after: ReportRow) => ChangeRecord['events'];
}

export interface ChangeRequest {
  code: string;
  actor: Caller;
  kind: ActorKind;
  action: OfficerAction | 'rate';
  /** The version the caller read; 409 when the report changed since. */
  version: number;
  lang: Lang;
}

/**
 * One action in the caller's transaction: locks the report row, checks who acts (404/403), the version
 * (409 stale) and the state machine (409 illegal, with `allowed`), applies `plan`, bumps the version and
 * writes timeline, audit and outbox through recordChange.
 */
export async function changeReport(
  tx: Tx,
  request: ChangeRequest,
  plan: (row: ReportRow) => Promise<Plan> | Plan,
): Promise<ReportRow> {
  const [locked] = await tx.select().from(reports).where(eq(reports.code, request.code)).for('update');
  const before = authorize(locked, request.actor, request.kind, request.lang);
  assertVersion(before, request.version, request.lang);
  assertTransition(before, request.action, request.lang);
  const change = await plan(before);
  const [after] = await tx
    .update(reports)
    .set({ ...change.set, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(reports.id, before.id), eq(reports.version, before.version)))
    .returning();
  await recordChange(tx, {
    action: request.action,
    actor: request.actor,
    before,
    after: after!,
    timeline: change.timeline,
    events: change.events(after!),
  });
  return after!;
}
