import { eq } from 'drizzle-orm';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import type { Caller } from '@portal/module-kit';
import { proceduresModule } from '../../../module.js';
import type { FormDefinition, RequiredDocument } from '../../contract/form-schema.js';
import { agencies, dossiers, fields, holidays, procedures, type DossierRow } from '../../db/schema.js';

/** Shared by the applicant-route tests (only *.test.ts files import it). The catalog is made here, not seeded. */

export const AGENCY = 'bp-mot-cua-tp-dbp';
export const OTHER_AGENCY = 'ubnd-phuong-him-lam';
export const BUSINESS_PROCEDURE = 'dang-ky-ho-kinh-doanh';
export const CITIZEN_ONLY_PROCEDURE = 'xac-nhan-cu-tru';
export const FREE_PROCEDURE = 'chung-thuc-ban-sao';

const text = (vi: string, en: string) => ({ vi, en });
const org = { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' };

export const business = testCaller({ sub: 'biz-rep-1', name: 'Lò Văn Doanh', nationalId: '001090000004', roles: ['business'], org });
export const business2 = testCaller({ sub: 'biz-rep-2', name: 'Quàng Thị Hoa', nationalId: '001090000005', roles: ['business'], org });
export const citizen = testCaller({
  sub: 'citizen-1',
  name: 'Nguyễn Văn An',
  nationalId: '001090000001',
  birthdate: '1990-05-12',
  address: 'Tổ 3, phường Him Lam, TP Điện Biên Phủ',
  roles: ['citizen'],
});
export const otherCitizen = testCaller({ sub: 'citizen-2', name: 'Trần Thị Bình', nationalId: '001090000002', roles: ['citizen'] });
export const officer = testCaller({ sub: 'officer-15', name: 'Cán bộ Một cửa', roles: ['officer'], units: [AGENCY] });
export const wardOfficer = testCaller({ sub: 'officer-11', name: 'Cán bộ phường', roles: ['officer'], units: [OTHER_AGENCY] });
export const admin = testCaller({ sub: 'admin-99', name: 'Quản trị viên', roles: ['admin'] });

const FORM: FormDefinition = {
  sections: [
    {
      id: 'nguoi-nop',
      title: text('Người nộp', 'Applicant'),
      fields: [
        { id: 'fullName', type: 'text', label: text('Họ và tên', 'Full name'), required: true, prefill: 'name', maxLength: 100 },
        { id: 'taxCode', type: 'tax_code', label: text('Mã số thuế', 'Tax code'), required: false, prefill: 'org_tax_code' },
        { id: 'businessName', type: 'text', label: text('Tên hộ kinh doanh', 'Business name'), required: true, maxLength: 200 },
        { id: 'capital', type: 'number', label: text('Vốn kinh doanh', 'Capital'), required: true, min: 0, integer: true },
        { id: 'hasEmployees', type: 'checkbox', label: text('Có thuê lao động', 'Has employees'), required: false },
        {
          id: 'employeeCount',
          type: 'number',
          label: text('Số lao động', 'Employees'),
          required: true,
          min: 1,
          integer: true,
          visibleWhen: { field: 'hasEmployees', equals: [true] },
        },
      ],
    },
  ],
};

const DOCUMENTS: RequiredDocument[] = [
  { id: 'giay-de-nghi', name: text('Giấy đề nghị đăng ký', 'Application form'), required: true, copies: 1, template: text('Mẫu', 'Form') },
  { id: 'cccd', name: text('Bản sao CCCD', 'Copy of the ID card'), required: true, copies: 1, template: null },
  { id: 'hop-dong-thue', name: text('Hợp đồng thuê địa điểm', 'Lease'), required: false, copies: 1, template: null },
];

function procedureRow(id: string, code: string, overrides: Partial<typeof procedures.$inferInsert> = {}): typeof procedures.$inferInsert {
  return {
    id,
    code,
    nameVi: 'Đăng ký thành lập hộ kinh doanh',
    nameEn: 'Registering a business household',
    fieldId: 'kinh-doanh',
    level: 'district',
    agencyId: AGENCY,
    processingDays: 3,
    feeVnd: 100000,
    legalBasis: [text('Nghị định 01/2021/NĐ-CP', 'Decree 01/2021/ND-CP')],
    applicantTypes: ['citizen', 'business'],
    onlineLevel: 'full',
    resultDelivery: 'electronic',
    resultName: text('Giấy chứng nhận đăng ký hộ kinh doanh', 'Business household registration certificate'),
    summary: text('Đăng ký hộ kinh doanh', 'Register a business household'),
    requiredDocuments: DOCUMENTS,
    form: FORM,
    ...overrides,
  };
}

const agencyRow = (id: string, codePrefix: string, nameVi: string, level: 'district' | 'commune') => ({
  id,
  codePrefix,
  nameVi,
  nameEn: `${nameVi} (EN)`,
  level,
  address: 'Số 1 Võ Nguyên Giáp, TP Điện Biên Phủ',
  phone: '0215 3825 000',
  hoursVi: 'sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu',
  hoursEn: '7:30–11:30 and 13:30–17:00, Monday to Friday',
});

/** The procedures API on a fresh database holding a small catalog of our own (and one holiday: 2026-12-01). */
export async function startDossiersApi(): Promise<ModuleApiHarness> {
  const api = await startModuleApi(proceduresModule, { seed: false });
  const { db } = api.context;
  await db.insert(agencies).values([
    agencyRow(AGENCY, 'H40.25', 'UBND thành phố Điện Biên Phủ', 'district'),
    agencyRow(OTHER_AGENCY, 'H40.25.01', 'UBND phường Him Lam', 'commune'),
  ]);
  await db.insert(fields).values([{ id: 'kinh-doanh', nameVi: 'Thành lập và hoạt động của hộ kinh doanh', nameEn: 'Business households' }]);
  await db.insert(procedures).values([
    procedureRow(BUSINESS_PROCEDURE, '2.000575'),
    procedureRow(CITIZEN_ONLY_PROCEDURE, '1.004194', { applicantTypes: ['citizen'], agencyId: OTHER_AGENCY, level: 'commune' }),
    procedureRow(FREE_PROCEDURE, '2.000815', { feeVnd: 0, requiredDocuments: [DOCUMENTS[1]!] }),
  ]);
  await db.insert(holidays).values([{ day: '2026-12-01', nameVi: 'Ngày nghỉ thử', nameEn: 'Test day off' }]);
  return api;
}

let keyCounter = 0;
export const newKey = () => `test-key-${Date.now()}-${(keyCounter += 1)}`;

export const jsonInit = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A tiny valid PDF (header, one empty page, trailer, %%EOF). */
export const pdfBytes = (): Uint8Array =>
  new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
/** A 1×1 PNG. */
export const pngBytes = (): Uint8Array =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export function uploadForm(documentId: string, bytes: Uint8Array, fileName: string, supplementRequestId?: string): RequestInit {
  const form = new FormData();
  form.append('documentId', documentId);
  if (supplementRequestId) form.append('supplementRequestId', supplementRequestId);
  form.append('file', new Blob([Buffer.from(bytes)], { type: 'application/octet-stream' }), fileName);
  return { method: 'POST', body: form };
}

export interface Helpers {
  create(as: Caller, procedureId?: string): Promise<{ id: string; version: number; form: Record<string, unknown> }>;
  fill(as: Caller, id: string, form: Record<string, unknown>): Promise<Response>;
  attach(as: Caller, id: string, documentId: string, bytes?: Uint8Array, name?: string): Promise<Response>;
  submit(as: Caller, id: string, key?: string): Promise<Response>;
  /** A draft filled in with every required document attached, ready to submit. */
  ready(as: Caller, procedureId?: string): Promise<string>;
  row(id: string): Promise<DossierRow>;
  setRow(id: string, values: Partial<typeof dossiers.$inferInsert>): Promise<void>;
}

export const VALID_FORM = { fullName: 'Lò Văn Doanh', businessName: 'Quán phở Hoa Ban', capital: 50000000, hasEmployees: false };

export function helpers(api: ModuleApiHarness): Helpers {
  const self: Helpers = {
    async create(as, procedureId = BUSINESS_PROCEDURE) {
      const res = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId }), { as });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string; version: number; form: Record<string, unknown> };
    },
    async fill(as, id, form) {
      const { version } = await self.row(id);
      return api.request(`/api/procedures/dossiers/${id}`, jsonInit('PATCH', { form, version }), { as });
    },
    attach: (as, id, documentId, bytes = pdfBytes(), name = 'giay-to.pdf') =>
      api.request(`/api/procedures/dossiers/${id}/files`, uploadForm(documentId, bytes, name), { as }),
    async submit(as, id, key = newKey()) {
      const { version } = await self.row(id);
      return api.request(`/api/procedures/dossiers/${id}/submit`, jsonInit('POST', { version }, { 'idempotency-key': key }), { as });
    },
    async ready(as, procedureId = BUSINESS_PROCEDURE) {
      const { id } = await self.create(as, procedureId);
      await self.fill(as, id, VALID_FORM);
      await self.attach(as, id, 'cccd');
      if (procedureId !== FREE_PROCEDURE) await self.attach(as, id, 'giay-de-nghi');
      return id;
    },
    async row(id) {
      const [row] = await api.context.db.select().from(dossiers).where(eq(dossiers.id, id));
      return row!;
    },
    async setRow(id, values) {
      await api.context.db.update(dossiers).set(values).where(eq(dossiers.id, id));
    },
  };
  return self;
}
