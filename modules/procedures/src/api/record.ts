import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { publishEvent, type Caller, type LocalizedText, type Tx } from '@portal/module-kit';
import { dossierPath, type EventVisibility, type TimelineKind } from '../contract/domain.js';
import { auditLog, dossierEvents, dossiers, outbox, type DossierRow } from '../db/schema.js';
import type { ProceduresEventType } from './events.js';

/**
 * The records every change of a dossier leaves, in the transaction of the change: timeline entries, an
 * audit row with the dossier before and after (without the personal form data), and outbox events whose
 * notifications go to the applicant side (the applicant and, for a business dossier, every representative
 * who worked on the enterprise's dossiers) — never to the person who acted.
 */

export interface TimelineEntryInput {
  kind: TimelineKind;
  visibility: EventVisibility;
  text?: string | null;
  data?: Record<string, unknown>;
}

export interface DossierChange {
  /** The audit action: an officer or applicant action name ('receive', 'submit', …). */
  action: string;
  actor: Caller;
  before: DossierRow | null;
  after: DossierRow;
  timeline: TimelineEntryInput[];
  events: Array<{ type: ProceduresEventType; data: Record<string, unknown>; notify?: { title: LocalizedText; body?: LocalizedText } }>;
}

/** What an audit entry keeps: the workflow columns, not the applicant's form. */
export function auditSnapshot(row: DossierRow): Record<string, unknown> {
  return {
    code: row.code,
    status: row.status,
    agencyId: row.agencyId,
    handlerSub: row.handlerSub,
    handlerName: row.handlerName,
    feeVnd: row.feeVnd,
    feeStatus: row.feeStatus,
    paymentProvider: row.paymentProvider,
    paymentReference: row.paymentReference,
    appointmentAt: row.appointmentAt?.toISOString() ?? null,
    pausedAt: row.pausedAt?.toISOString() ?? null,
    reason: row.reason,
    verificationCode: row.verificationCode,
    resultIssuedAt: row.resultIssuedAt?.toISOString() ?? null,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    version: row.version,
  };
}

export async function recordChange(tx: Tx, change: DossierChange): Promise<void> {
  const { actor, before, after } = change;
  if (change.timeline.length > 0) {
    await tx.insert(dossierEvents).values(
      change.timeline.map((entry) => ({
        dossierId: after.id,
        kind: entry.kind,
        visibility: entry.visibility,
        actorSub: actor.sub,
        actorName: actor.name ?? null,
        fromStatus: before?.status ?? null,
        toStatus: after.status,
        text: entry.text ?? null,
        data: entry.data ?? {},
      })),
    );
  }
  await tx.insert(auditLog).values({
    dossierId: after.id,
    action: change.action,
    actorSub: actor.sub,
    actorName: actor.name ?? null,
    actorUnitId: actor.units.includes(after.agencyId) ? after.agencyId : null,
    before: before ? auditSnapshot(before) : null,
    after: auditSnapshot(after),
  });
  const recipients = change.events.some((event) => event.notify) ? await applicantSide(tx, after, actor.sub) : [];
  for (const event of change.events) {
    const notify = event.notify
      ? recipients.map((recipientSub) => ({
          recipientSub,
          title: event.notify!.title,
          ...(event.notify!.body ? { body: event.notify!.body } : {}),
          link: dossierPath(after.id),
        }))
      : undefined;
    await publishEvent(tx, outbox, { type: event.type, subject: after.code ?? after.id, data: event.data, notify });
  }
}

/**
 * The accounts on the applicant side: the applicant, and for a business dossier the other representatives
 * known to this module (those who started a dossier of the same enterprise), except the actor.
 */
async function applicantSide(tx: Tx, dossier: DossierRow, actorSub: string): Promise<string[]> {
  const subs = new Set([dossier.applicantSub]);
  if (dossier.applicantType === 'business' && dossier.orgTaxCode) {
    const rows = await tx
      .selectDistinct({ sub: dossiers.applicantSub })
      .from(dossiers)
      .where(and(eq(dossiers.orgTaxCode, dossier.orgTaxCode), isNotNull(dossiers.orgTaxCode), ne(dossiers.applicantSub, dossier.applicantSub)));
    for (const row of rows) subs.add(row.sub);
  }
  subs.delete(actorSub);
  return [...subs];
}

/** procedures.dossier_status_changed data (also for actions that keep the status: from = to). */
export const statusChangedData = (before: DossierRow, after: DossierRow, action: string) => ({
  id: after.id,
  code: after.code,
  from: before.status,
  to: after.status,
  agencyId: after.agencyId,
  action,
});

