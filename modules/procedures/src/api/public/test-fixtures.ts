import { createHash } from 'node:crypto';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import { agencies, dossiers, fields, procedures, type DossierRow } from '../../db/schema.js';
import { renderResultPdf } from '../../domain/result-document/index.js';
import { AGENCY, DOSSIER, ISSUED_AT, PROCEDURE } from '../../domain/result-document/test-fixtures.js';

/**
 * The public routes' world, written straight into the tables on an unseeded database (so counts are
 * exact): one agency, its business-household procedure, and dossiers in the statuses the public routes
 * tell apart, one of them with a real result PDF whose SHA-256 is stored as at issue.
 */

export const CODES = {
  issued: 'H40.25-261125-0007',
  processing: 'H40.25-261126-0001',
  withdrawn: 'H40.25-261120-0003',
  /** A draft never has a code in practice; this one does, to prove drafts stay hidden anyway. */
  draft: 'H40.25-261130-0099',
  approved: 'H40.25-261124-0002',
} as const;

export const VERIFICATION = { issued: 'VRFCD23456', approvedNotIssued: 'APPR0VED12' } as const;
export const VERIFY_URL = `https://dichvucong.dienbien.gov.vn/m/procedures/verify/${VERIFICATION.issued}`;

export const CITIZEN = { name: 'Lò Thị Bình', nationalId: '001090000002' };
export const BUSINESS = { name: DOSSIER.applicantName, taxCode: DOSSIER.orgTaxCode!, orgName: DOSSIER.orgName! };

export interface PublicWorld {
  api: ModuleApiHarness;
  /** The result PDF of the issued dossier, as stored at issue. */
  resultPdf: Uint8Array;
}

const day = (iso: string) => new Date(iso);

function dossier(code: string, overrides: Partial<DossierRow>): DossierRow {
  return { ...DOSSIER, id: crypto.randomUUID(), code, verificationCode: null, resultSha256: null, resultIssuedAt: null, ...overrides };
}

export async function startPublicWorld(): Promise<PublicWorld> {
  const api = await startModuleApi(proceduresModule, { seed: false });
  const { db } = api.context;
  await db.insert(agencies).values(AGENCY);
  await db.insert(fields).values({ id: PROCEDURE.fieldId, nameVi: 'Thành lập và hoạt động của hộ kinh doanh', nameEn: 'Business households' });
  await db.insert(procedures).values([
    PROCEDURE,
    { ...PROCEDURE, id: 'thu-tuc-da-bai-bo', code: '9.999999', nameVi: 'Thủ tục đã bãi bỏ', active: false },
  ]);

  const issued = dossier(CODES.issued, { status: 'result_issued', verificationCode: VERIFICATION.issued, resultIssuedAt: ISSUED_AT });
  const resultPdf = await renderResultPdf({
    dossier: issued,
    procedure: PROCEDURE,
    agency: AGENCY,
    verificationCode: VERIFICATION.issued,
    issuedAt: ISSUED_AT,
    verifyUrl: VERIFY_URL,
    signerName: 'Quàng Văn Thành',
  });
  issued.resultSha256 = createHash('sha256').update(resultPdf).digest('hex');
  issued.resultFileKey = `dossiers/${issued.id}/result-${VERIFICATION.issued.toLowerCase()}.pdf`;

  const citizen = {
    applicantType: 'citizen' as const,
    applicantSub: 'citizen-binh',
    applicantName: CITIZEN.name,
    applicantIdNumber: CITIZEN.nationalId,
    orgName: null,
    orgTaxCode: null,
  };
  await db.insert(dossiers).values([
    issued,
    dossier(CODES.processing, { ...citizen, status: 'processing', submittedAt: day('2026-11-26T02:00:00Z'), appointmentAt: day('2099-12-01T10:00:00Z'), decidedAt: null }),
    dossier(CODES.withdrawn, { ...citizen, status: 'withdrawn', submittedAt: day('2026-11-20T02:00:00Z'), appointmentAt: null, decidedAt: null }),
    dossier(CODES.draft, { ...citizen, status: 'draft', submittedAt: null, appointmentAt: null, decidedAt: null }),
    // Approved, with a code reserved but no result issued yet: not verifiable.
    dossier(CODES.approved, { status: 'approved', verificationCode: VERIFICATION.approvedNotIssued, submittedAt: day('2026-10-05T02:00:00Z') }),
  ]);
  return { api, resultPdf };
}
