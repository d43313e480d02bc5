import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccountSub } from '@portal/module-kit';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { proceduresModule } from '../../../module.js';
import { seedSampleDossiers } from '../../db/seed-data/sample-dossiers.js';
import { jsonInit, newKey } from './test-fixtures.js';

/** The applicant routes on the seeded catalog and sample dossiers, as the demo accounts meet them. */

let api: ModuleApiHarness;
beforeAll(async () => {
  api = await startModuleApi(proceduresModule);
  // Idempotent: a no-op once seedProcedures runs it itself.
  await seedSampleDossiers(api.context);
});
afterAll(() => api.close());

const org = { taxCode: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' };
const demoBusiness = testCaller({ sub: demoAccountSub('001090000005'), name: 'Đại diện thứ hai', nationalId: '001090000005', roles: ['business'], org });
const newCitizen = testCaller({ sub: 'citizen-without-dossiers', name: 'Lường Văn Mới', nationalId: '001090000003', roles: ['citizen'] });

describe('on the seeded catalog', () => {
  it('starts "Đăng ký hộ kinh doanh" pre-filled for a business, and names every missing field and document on submission', async () => {
    const created = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId: 'dang-ky-thanh-lap-ho-kinh-doanh' }), { as: demoBusiness });
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(Object.values(draft.form)).toEqual(expect.arrayContaining(['5600123456']));
    const submit = await api.request(
      `/api/procedures/dossiers/${draft.id}/submit`,
      jsonInit('POST', { version: draft.version }, { 'idempotency-key': newKey() }),
      { as: demoBusiness },
    );
    expect(submit.status).toBe(400);
    const { errors } = await submit.json();
    const requiredDocuments = draft.requiredDocuments.filter((document: { required: boolean }) => document.required);
    for (const document of requiredDocuments) expect(errors[`files.${document.id}`]).toHaveLength(1);
    expect(Object.keys(errors).some((key) => !key.startsWith('files.'))).toBe(true);
  });

  it('shows a representative the sample dossiers of the enterprise, and a new citizen none', async () => {
    const page = await (await api.request('/api/procedures/dossiers?limit=50', {}, { as: demoBusiness })).json();
    const submitted = page.items.filter((item: { status: string }) => item.status !== 'draft');
    expect(submitted.length).toBeGreaterThan(0);
    for (const item of submitted) expect(item.applicantType).toBe('business');
    const detail = await api.request(`/api/procedures/dossiers/${submitted[0].id}`, {}, { as: demoBusiness });
    expect(detail.status).toBe(200);
    expect((await api.request(`/api/procedures/dossiers/${submitted[0].id}`, {}, { as: newCitizen })).status).toBe(404);
    expect((await (await api.request('/api/procedures/dossiers', {}, { as: newCitizen })).json()).items).toEqual([]);
  });
});
