import type { z } from '@hono/zod-openapi';
import type { AgencySchema, ProcedureDetail, ProcedureSummary } from '../../contract/schemas.js';
import { procedures, type AgencyRow, type ProcedureRow } from '../../db/schema.js';

/** Table rows → the catalog's API shapes (contract/schemas.ts). */

type Agency = z.infer<typeof AgencySchema>;
type FieldName = { id: string; nameVi: string; nameEn: string };
type AgencyName = Pick<AgencyRow, 'id' | 'nameVi' | 'nameEn'>;

export function toAgency(row: AgencyRow): Agency {
  return {
    id: row.id,
    codePrefix: row.codePrefix,
    name: { vi: row.nameVi, en: row.nameEn },
    level: row.level,
    address: row.address,
    phone: row.phone,
    hours: { vi: row.hoursVi, en: row.hoursEn },
  };
}

/** The columns a ProcedureSummary needs: a search reads these, never the forms. */
export const SUMMARY_COLUMNS = {
  id: procedures.id,
  code: procedures.code,
  nameVi: procedures.nameVi,
  nameEn: procedures.nameEn,
  level: procedures.level,
  processingDays: procedures.processingDays,
  feeVnd: procedures.feeVnd,
  applicantTypes: procedures.applicantTypes,
  onlineLevel: procedures.onlineLevel,
};
type SummaryRow = Pick<ProcedureRow, keyof typeof SUMMARY_COLUMNS>;

export function toProcedureSummary(procedure: SummaryRow, field: FieldName, agency: AgencyName): ProcedureSummary {
  return {
    id: procedure.id,
    code: procedure.code,
    name: { vi: procedure.nameVi, en: procedure.nameEn },
    field: { id: field.id, name: { vi: field.nameVi, en: field.nameEn } },
    level: procedure.level,
    agency: { id: agency.id, name: { vi: agency.nameVi, en: agency.nameEn } },
    processingDays: procedure.processingDays,
    feeVnd: procedure.feeVnd,
    applicantTypes: procedure.applicantTypes,
    onlineLevel: procedure.onlineLevel,
  };
}

export function toProcedureDetail(procedure: ProcedureRow, field: FieldName, agency: AgencyRow): ProcedureDetail {
  return {
    ...toProcedureSummary(procedure, field, agency),
    summary: procedure.summary,
    feeNote: procedure.feeNote ?? null,
    legalBasis: procedure.legalBasis,
    resultDelivery: procedure.resultDelivery,
    resultName: procedure.resultName,
    requiredDocuments: procedure.requiredDocuments,
    form: procedure.form,
    agencyDetail: toAgency(agency),
  };
}
