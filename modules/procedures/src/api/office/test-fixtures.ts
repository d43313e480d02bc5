import { asc, eq } from 'drizzle-orm';
import { HOLIDAYS, demoAccountSub, type Caller, type Db, type Tx } from '@portal/module-kit';
import { testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { agencies, dossierEvents, dossiers, fields, holidays, outbox, procedures, type DossierRow } from '../../db/schema.js';

/**
 * Test data of the one-stop desk tests: two agencies, one procedure each (inserted whatever the catalog
 * seed holds, so the tests do not depend on it), dossiers in any status, and the callers who act on them.
 */

export const CITY = 'test-city-desk';
export const WARD = 'test-ward-desk';
export const CITY_PROCEDURE = 'test-ho-kinh-doanh';
export const WARD_PROCEDURE = 'test-xac-nhan-cu-tru';

const agency = (id: string, codePrefix: string, nameVi: string, nameEn: string, level: 'district' | 'commune') => ({
  id,
  codePrefix,
  nameVi,
  nameEn,
  level,
  address: 'Số 1 đường Thử nghiệm, Điện Biên Phủ',
  phone: '0215 3800 000',
  hoursVi: 'Thứ Hai – Thứ Sáu, 7:30 – 17:00',
  hoursEn: 'Monday – Friday, 7:30 – 17:00',
});

const procedure = (id: string, agencyId: string, feeVnd: number): typeof procedures.$inferInsert => ({
  id,
  code: `T.${id}`,
  nameVi: id === CITY_PROCEDURE ? 'Đăng ký hộ kinh doanh (thử)' : 'Xác nhận thông tin cư trú (thử)',
  nameEn: id === CITY_PROCEDURE ? 'Business household registration (test)' : 'Residence confirmation (test)',
  fieldId: 'test-field',
  level: agencyId === CITY ? 'district' : 'commune',
  agencyId,
  processingDays: 3,
  feeVnd,
  legalBasis: [{ vi: 'Nghị định 01/2021/NĐ-CP', en: 'Decree 01/2021/ND-CP' }],
  applicantTypes: ['citizen', 'business'],
  onlineLevel: 'full',
  resultDelivery: 'electronic',
  resultName: { vi: 'Giấy chứng nhận', en: 'Certificate' },
  summary: { vi: 'Thủ tục dùng cho kiểm thử', en: 'A procedure for tests' },
  requiredDocuments: [
    { id: 'don', name: { vi: 'Giấy đề nghị', en: 'Application' }, required: true, copies: 1, template: null },
    { id: 'hop-dong', name: { vi: 'Hợp đồng thuê nhà', en: 'Lease' }, required: false, copies: 1, template: null },
  ],
  form: {
    sections: [
      {
        id: 'main',
        title: { vi: 'Thông tin', en: 'Information' },
        fields: [{ id: 'fullName', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' }, required: true, prefill: 'name' }],
      },
    ],
  },
});

export async function insertCatalog(db: Db): Promise<void> {
  await db
    .insert(agencies)
    .values([
      agency(CITY, 'T40.25', 'UBND thành phố Thử nghiệm — Bộ phận Một cửa', 'Test City — One-stop desk', 'district'),
      agency(WARD, 'T40.25.01', 'UBND phường Thử nghiệm', 'Test Ward People’s Committee', 'commune'),
    ])
    .onConflictDoNothing();
  await db.insert(fields).values({ id: 'test-field', nameVi: 'Lĩnh vực thử', nameEn: 'Test field' }).onConflictDoNothing();
  await db.insert(procedures).values([procedure(CITY_PROCEDURE, CITY, 100_000), procedure(WARD_PROCEDURE, WARD, 0)]).onConflictDoNothing();
  await db.insert(holidays).values([...HOLIDAYS]).onConflictDoNothing();
}

export const citizen = testCaller({ sub: demoAccountSub('001090000001'), roles: ['citizen'], name: 'Lò Văn Minh', nationalId: '001090000001' });
export const business = testCaller({
  sub: demoAccountSub('001090000004'),
  roles: ['business'],
  name: 'Nguyễn Thị Hoa',
  org: { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
});
export const cityOfficer = testCaller({ sub: 'officer-city', roles: ['officer'], units: [CITY], name: 'Cán bộ Thành phố' });
export const wardOfficer = testCaller({ sub: 'officer-ward', roles: ['officer'], units: [WARD], name: 'Cán bộ Phường' });
export const bothOfficer = testCaller({ sub: 'officer-both', roles: ['unit_lead'], units: [CITY, WARD], name: 'Trưởng bộ phận' });
export const admin = testCaller({ sub: 'admin-1', roles: ['admin'], name: 'Quản trị viên' });

let sequence = 0;

/** A dossier of the city procedure by the citizen, submitted an hour ago, unless overridden. */
export async function insertDossier(db: Db | Tx, overrides: Partial<typeof dossiers.$inferInsert> = {}): Promise<DossierRow> {
  sequence += 1;
  const submittedAt = new Date(Date.now() - 60 * 60 * 1000);
  const [row] = await db
    .insert(dossiers)
    .values({
      code: `T40.25-261130-${String(sequence).padStart(5, '0')}`,
      procedureId: CITY_PROCEDURE,
      agencyId: CITY,
      status: 'submitted',
      applicantSub: citizen.sub,
      applicantType: 'citizen',
      applicantName: 'Lò Văn Minh',
      applicantIdNumber: '001090000001',
      form: { fullName: 'Lò Văn Minh' },
      feeVnd: 100_000,
      feeStatus: 'due',
      submittedAt,
      appointmentAt: new Date(Date.now() + 5 * 24 * 60 * 60 * 1000),
      ...overrides,
    } as typeof dossiers.$inferInsert)
    .returning();
  await db.insert(dossierEvents).values({ dossierId: row!.id, kind: 'submitted', visibility: 'applicant', toStatus: row!.status, at: submittedAt });
  return row!;
}

/** Sends an officer action as `as`; the body is JSON. */
export const postAs = (api: ModuleApiHarness, as: Caller | undefined, path: string, body: unknown, lang = 'vi') =>
  api.request(
    `/api/procedures${path}`,
    { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify(body) },
    { as },
  );

export const getAs = (api: ModuleApiHarness, as: Caller | undefined, path: string) => api.request(`/api/procedures${path}`, {}, { as });

/** The outbox events of a dossier, oldest first. */
export async function eventsOf(db: Db, code: string) {
  return db.select().from(outbox).where(eq(outbox.subject, code)).orderBy(asc(outbox.occurredAt));
}
