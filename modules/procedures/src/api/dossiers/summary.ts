import { eq } from 'drizzle-orm';
import { agencies, dossiers, procedures, type DossierRow } from '../../db/schema.js';
import type { DossierSummary } from '../../contract/schemas.js';
import { isOverdue } from '../../domain/workflow.js';

/**
 * A dossier as lists show it (applicant's list, one-stop desk inbox). Select SUMMARY_COLUMNS from
 * SUMMARY_FROM-joined tables (dossiers ⋈ procedures ⋈ agencies) and map each row with toDossierSummary.
 */
export const SUMMARY_COLUMNS = {
  dossier: dossiers,
  procedure: { id: procedures.id, code: procedures.code, nameVi: procedures.nameVi, nameEn: procedures.nameEn },
  agency: { id: agencies.id, nameVi: agencies.nameVi, nameEn: agencies.nameEn },
};

export interface SummaryRow {
  dossier: DossierRow;
  procedure: { id: string; code: string; nameVi: string; nameEn: string };
  agency: { id: string; nameVi: string; nameEn: string };
}

/** The join conditions for SUMMARY_COLUMNS: `.from(dossiers).innerJoin(procedures, …).innerJoin(agencies, …)`. */
export const summaryJoins = {
  procedures: eq(procedures.id, dossiers.procedureId),
  agencies: eq(agencies.id, dossiers.agencyId),
};

export const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

export function toDossierSummary({ dossier, procedure, agency }: SummaryRow, now: Date = new Date()): DossierSummary {
  return {
    id: dossier.id,
    code: dossier.code,
    status: dossier.status,
    procedure: { id: procedure.id, code: procedure.code, name: { vi: procedure.nameVi, en: procedure.nameEn } },
    agency: { id: agency.id, name: { vi: agency.nameVi, en: agency.nameEn } },
    applicantName: dossier.applicantName,
    applicantType: dossier.applicantType,
    orgName: dossier.orgName,
    submittedAt: iso(dossier.submittedAt),
    appointmentAt: iso(dossier.appointmentAt),
    overdue: isOverdue(dossier, now),
    handlerName: dossier.handlerName,
    updatedAt: dossier.updatedAt.toISOString(),
  };
}
