import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Caller, Db, Tx } from '@portal/module-kit';
import type { DossierDetail } from '../contract/schemas.js';
import {
  agencies,
  apologyLetters,
  attachments,
  dossierEvents,
  dossiers,
  procedures,
  supplementRequests,
  type AgencyRow,
  type DossierRow,
} from '../db/schema.js';
import { paymentProviderById } from '../domain/payments.js';
import { timelineVisibilityFor, viewerOf, type Viewer } from '../domain/visibility.js';
import { applicantActions, officerActions, resultReleasedToApplicant } from '../domain/workflow.js';
import { iso, toDossierSummary } from './dossiers/summary.js';

export { toDossierSummary, SUMMARY_COLUMNS, summaryJoins, type SummaryRow } from './dossiers/summary.js';

/** Where clients GET a dossier's files with their bearer token. */
export const attachmentUrl = (dossierId: string, fileId: string) => `/api/procedures/dossiers/${dossierId}/files/${fileId}`;
export const resultUrl = (dossierId: string) => `/api/procedures/dossiers/${dossierId}/result.pdf`;

/**
 * A dossier as this caller may see it, or null when they may not see it at all (the API answers 404).
 * The applicant side sees the timeline entries meant for it and what it may do; officers of the agency
 * see everything and what they may do; admins see everything and may do nothing.
 */
export async function loadDossierDetail(db: Db | Tx, id: string, caller: Caller, now: Date = new Date()): Promise<DossierDetail | null> {
  const [row] = await db
    .select({ dossier: dossiers, procedure: procedures, agency: agencies })
    .from(dossiers)
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .innerJoin(agencies, eq(agencies.id, dossiers.agencyId))
    .where(eq(dossiers.id, id))
    .limit(1);
  if (!row) return null;
  const viewer = viewerOf(caller, row.dossier);
  if (!viewer) return null;
  const { dossier, procedure, agency } = row;

  // One after the other: on a transaction's single connection, queries cannot overlap.
  const files = await db.select().from(attachments).where(eq(attachments.dossierId, id)).orderBy(asc(attachments.uploadedAt), asc(attachments.id));
  const requests = await db.select().from(supplementRequests).where(eq(supplementRequests.dossierId, id)).orderBy(asc(supplementRequests.requestedAt));
  const letters = await db.select().from(apologyLetters).where(eq(apologyLetters.dossierId, id)).orderBy(asc(apologyLetters.issuedAt));
  const timeline = await db
    .select()
    .from(dossierEvents)
    .where(and(eq(dossierEvents.dossierId, id), inArray(dossierEvents.visibility, [...timelineVisibilityFor(viewer)])))
    .orderBy(asc(dossierEvents.id));

  return {
    ...toDossierSummary({ dossier, procedure, agency }, now),
    applicantIdNumber: dossier.applicantIdNumber,
    orgTaxCode: dossier.orgTaxCode,
    form: dossier.form,
    procedureForm: procedure.form,
    requiredDocuments: procedure.requiredDocuments,
    attachments: files.map((file) => ({
      id: file.id,
      documentId: file.documentId,
      supplementRequestId: file.supplementRequestId,
      fileName: file.fileName,
      mediaType: file.mediaType,
      size: file.size,
      uploadedAt: file.uploadedAt.toISOString(),
      url: attachmentUrl(id, file.id),
    })),
    supplementRequests: requests.map((request) => ({
      id: request.id,
      reason: request.reason,
      documentIds: request.documentIds,
      requestedAt: request.requestedAt.toISOString(),
      requestedByName: request.requestedByName,
      answeredAt: iso(request.answeredAt),
      answerNote: request.answerNote,
    })),
    apologyLetters: letters.map((letter) => ({
      id: letter.id,
      reason: letter.reason,
      previousAppointmentAt: letter.previousAppointmentAt.toISOString(),
      newAppointmentAt: letter.newAppointmentAt.toISOString(),
      issuedAt: letter.issuedAt.toISOString(),
      issuedByName: letter.issuedByName,
      agencyName: { vi: agency.nameVi, en: agency.nameEn },
    })),
    timeline: timeline.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      kind: entry.kind,
      visibility: entry.visibility,
      actorName: entry.actorName,
      fromStatus: (entry.fromStatus as DossierRow['status'] | null) ?? null,
      toStatus: entry.toStatus as DossierRow['status'],
      text: entry.text,
      data: entry.data,
    })),
    payment: paymentOf(dossier, agency),
    receivedAt: iso(dossier.receivedAt),
    pausedAt: iso(dossier.pausedAt),
    reason: dossier.reason,
    result: resultOf(dossier, viewer),
    version: dossier.version,
    can: {
      applicant: viewer === 'applicant' ? applicantActions(dossier) : [],
      office: viewer === 'officer' ? officerActions(dossier, now) : [],
    },
  };
}

function paymentOf(dossier: DossierRow, agency: AgencyRow): DossierDetail['payment'] {
  const provider = paymentProviderById(dossier.paymentProvider);
  return {
    feeVnd: dossier.feeVnd,
    status: dossier.feeStatus,
    provider: dossier.paymentProvider,
    instructions: provider ? provider.instructions(agency, dossier) : null,
    reference: dossier.paymentReference,
    paidAt: iso(dossier.paidAt),
  };
}

/** The applicant gets the PDF's address once it is released to them (issued, fee paid); the agency and admins once issued. */
function resultOf(dossier: DossierRow, viewer: Viewer): DossierDetail['result'] {
  if (!dossier.resultIssuedAt || !dossier.verificationCode) return null;
  const mayDownload = dossier.resultFileKey !== null && (viewer !== 'applicant' || resultReleasedToApplicant(dossier));
  return {
    issuedAt: dossier.resultIssuedAt.toISOString(),
    verificationCode: dossier.verificationCode,
    url: mayDownload ? resultUrl(dossier.id) : null,
    returnedAt: iso(dossier.returnedAt),
  };
}
