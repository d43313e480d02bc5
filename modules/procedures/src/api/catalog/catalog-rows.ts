import type { z } from '@hono/zod-openapi';
import type { AgencySchema, ProcedureDetail, ProcedureSummary } from '../../contract/schemas.js';
import type { AgencyRow, ProcedureRow } from '../../db/schema.js';

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

export function toProcedureSummary(procedure: ProcedureRow, field: FieldName, agency: AgencyName): ProcedureSummary {
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
