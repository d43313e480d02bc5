import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { createModuleApi, defineModule, foldForSearch } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureDetail, ProcedureSummary } from '../../contract/schemas.js';
import { procedures } from '../../db/schema.js';
import { seedCatalog } from '../../db/seed.js';
import { AGENCIES, FIELDS } from '../../db/seed-data/agencies.js';
import { PROCEDURES } from '../../db/seed-data/procedures.js';
import { registerCatalogRoutes } from './index.js';

// The catalog routes alone on the seeded catalog: what an anonymous client of /api/procedures sees.
const catalogOnly = defineModule({
  id: 'procedures',
  version: '0.0.0-test',
  names: { vi: 'Dịch vụ công', en: 'Public services' },
  icon: 'document',
  audience: 'public',
  order: 2,
  api: (ctx) => {
    const api = createModuleApi();
    registerCatalogRoutes(api, ctx);
    return api;
  },
  db: { schema: 'procedures', migrationsFolder: fileURLToPath(new URL('../../db/migrations', import.meta.url)), seed: (ctx) => ctx.db.transaction(seedCatalog) },
});

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(catalogOnly);
}, 120_000);

afterAll(async () => {
  await api?.close();
});

interface Page {
  items: ProcedureSummary[];
  total: number;
}

async function get<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await api.request(`/api/procedures${path}`, { headers });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

const search = async (query: string) => {
  const { status, body } = await get<Page>(`/catalog?${query}`);
  expect(status).toBe(200);
  return body;
};
const names = (page: Page) => page.items.map((item) => item.name.vi);

describe('GET /catalog search', () => {
  it('"dang ky khai sinh" finds "Đăng ký khai sinh", first', async () => {
    const page = await search(`q=${encodeURIComponent('dang ky khai sinh')}`);
    expect(names(page)[0]).toBe('Đăng ký khai sinh');
    expect(page.total).toBe(page.items.length);
  });

  it('ignores case: "DANG KY HO KINH DOANH" finds the business household procedures, registration first', async () => {
    const page = await search(`q=${encodeURIComponent('DANG KY HO KINH DOANH')}`);
    expect(names(page)).toEqual(['Đăng ký thành lập hộ kinh doanh', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh']);
    const withMarks = await search(`q=${encodeURIComponent('Đăng Ký Hộ Kinh Doanh')}`);
    expect(names(withMarks)).toEqual(names(page));
  });

  it('needs every word, and words must start a word of the name ("inh" is inside "sinh" but starts none)', async () => {
    expect(names(await search('q=khai+sinh+ruou'))).toEqual([]);
    expect((await search('q=inh')).total).toBe(0);
    expect(names(await search('q=sinh'))).toContain('Đăng ký khai sinh');
  });

  it('puts names that start with the query first', async () => {
    const page = names(await search('q=cap+giay'));
    const starts = page.map((name) => foldForSearch(name).startsWith('cap giay'));
    expect(starts.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(starts.lastIndexOf(true)).toBeLessThan(starts.indexOf(false) === -1 ? Infinity : starts.indexOf(false));
    const ket = names(await search('q=ket+hon'));
    expect(ket[0]).toBe('Đăng ký kết hôn'); // catalog order: no name starts with "kết hôn"
  });

  it('finds by national code, and by English name', async () => {
    expect(names(await search('q=1.001193'))).toEqual(['Đăng ký khai sinh']);
    expect(names(await search('q=001612'))).toEqual(['Đăng ký thành lập hộ kinh doanh']);
    expect(names(await search('q=alcohol+licence'))).toEqual(['Cấp Giấy phép bán lẻ sản phẩm rượu']);
  });

  it('reads punctuation as a word break, never as a LIKE wildcard', async () => {
    expect(names(await search(`q=${encodeURIComponent('khai%sinh')}`))).toEqual(['Đăng ký khai sinh']);
    expect((await search(`q=${encodeURIComponent('%_\\')}`)).total).toBe(PROCEDURES.length);
    expect((await search(`q=${encodeURIComponent('x_z%')}`)).total).toBe(0);
  });

  it('lists the whole active catalog in display order without a query, cacheable by anyone', async () => {
    const response = await get<Page>('/catalog');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.body.total).toBe(PROCEDURES.length);
    expect(response.body.items.map((item) => item.id)).toEqual(PROCEDURES.map((procedure) => procedure.id));
    expect(response.body.items.find((item) => item.id === 'dang-ky-thanh-lap-ho-kinh-doanh')).toEqual({
      id: 'dang-ky-thanh-lap-ho-kinh-doanh',
      code: '1.001612',
      name: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Business household registration' },
      field: { id: 'ho-kinh-doanh', name: { vi: 'Thành lập và hoạt động của hộ kinh doanh', en: 'Business household registration' } },
      level: 'district',
      agency: { id: 'bp-mot-cua-tp-dbp', name: { vi: 'UBND thành phố Điện Biên Phủ — Bộ phận Một cửa', en: 'Điện Biên Phủ City People’s Committee — One-stop desk' } },
      processingDays: 3,
      feeVnd: 100000,
      applicantTypes: ['citizen', 'business'],
      onlineLevel: 'full',
    });
  });

  it('pages with limit and offset while total counts every match', async () => {
    const first = await search('limit=5');
    const second = await search('limit=5&offset=5');
    expect(first.items).toHaveLength(5);
    expect(first.total).toBe(PROCEDURES.length);
    expect(second.items[0]!.id).toBe(PROCEDURES[5]!.id);
    const pastTheEnd = await search('limit=5&offset=500');
    expect(pastTheEnd).toEqual({ items: [], total: PROCEDURES.length });
    expect(await search('q=khong+co+thu+tuc+nay')).toEqual({ items: [], total: 0 });
  });

  it('hides retired procedures', async () => {
    await api.context.db.update(procedures).set({ active: false }).where(eq(procedures.id, 'dang-ky-khai-tu'));
    try {
      expect(names(await search('q=khai+tu'))).toEqual([]);
      expect((await get('/catalog/dang-ky-khai-tu')).status).toBe(404);
    } finally {
      await api.context.db.update(procedures).set({ active: true }).where(eq(procedures.id, 'dang-ky-khai-tu'));
    }
  });
});

describe('GET /catalog filters', () => {
  it('filters by field, agency, level, applicant type and online level, and they combine', async () => {
    const hoTich = await search('field=ho-tich');
    expect(hoTich.items.every((item) => item.field.id === 'ho-tich')).toBe(true);
    expect(hoTich.total).toBe(PROCEDURES.filter((p) => p.fieldId === 'ho-tich').length);
    const desk = await search('agency=bp-mot-cua-tp-dbp');
    expect(desk.items.every((item) => item.agency.id === 'bp-mot-cua-tp-dbp')).toBe(true);
    expect((await search('level=province')).items.map((item) => item.id)).toEqual(['cap-lai-giay-chung-nhan-quyen-su-dung-dat']);
    const business = await search('applicant=business');
    expect(business.total).toBe(PROCEDURES.filter((p) => p.applicantTypes.includes('business')).length);
    expect(business.items.every((item) => item.applicantTypes.includes('business'))).toBe(true);
    const combined = await search('applicant=business&level=district&onlineLevel=full&q=ho+kinh+doanh');
    expect(combined.items.map((item) => item.id)).toEqual(['dang-ky-thanh-lap-ho-kinh-doanh', 'thay-doi-noi-dung-dang-ky-ho-kinh-doanh']);
    expect((await search('onlineLevel=partial&level=district')).items.map((item) => item.id)).toEqual(['cap-giay-phep-xay-dung-nha-o-rieng-le']);
    expect((await search('field=dat-dai&agency=ubnd-phuong-him-lam')).total).toBe(0);
  });

  it('answers 400 problem+json for an unknown level or applicant type, in the caller’s language', async () => {
    const response = await api.request('/api/procedures/catalog?level=country&applicant=robot');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(body.errors).sort()).toEqual(['applicant', 'level']);
    expect((await api.request(`/api/procedures/catalog?q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await api.request('/api/procedures/catalog?limit=0')).status).toBe(400);
  });
});

describe('GET /catalog/{procedureId}', () => {
  it('gives everything needed to prepare a dossier: documents, form, fee, legal basis, the agency', async () => {
    const { status, body, headers } = await get<ProcedureDetail>('/catalog/dang-ky-thanh-lap-ho-kinh-doanh');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(body).toMatchObject({ resultDelivery: 'electronic', feeVnd: 100000, resultName: { vi: 'Giấy chứng nhận đăng ký hộ kinh doanh' } });
    expect(body.agencyDetail).toMatchObject({ id: 'bp-mot-cua-tp-dbp', codePrefix: 'H40.25', level: 'district' });
    expect(body.legalBasis.map((law) => law.vi).join(' ')).toContain('Nghị định 01/2021/NĐ-CP');
    expect(body.requiredDocuments.find((document) => document.id === 'giay-de-nghi')).toMatchObject({ required: true, copies: 1, template: expect.any(Object) });
    expect(body.form.sections.flatMap((section) => section.fields).find((field) => field.id === 'members')?.visibleWhen).toEqual({ field: 'ownership', equals: ['household'] });
  });

  it('answers 404 problem+json for an unknown procedure, in Vietnamese or English', async () => {
    const vi = await get<{ type: string; title: string; status: number }>('/catalog/khong-co');
    expect(vi.status).toBe(404);
    expect(vi.headers.get('content-type')).toContain('application/problem+json');
    expect(vi.body).toMatchObject({ type: '/problems/not-found', title: 'Không tìm thấy thủ tục', status: 404 });
    const en = await get<{ title: string }>('/catalog/khong-co', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body.title).toBe('Procedure not found');
  });
});

describe('GET /fields and /agencies', () => {
  it('lists the fields in order with their number of active procedures', async () => {
    const { body, headers } = await get<Array<{ id: string; name: { vi: string }; procedureCount: number }>>('/fields');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(body.map((field) => field.id)).toEqual(FIELDS.map((field) => field.id));
    for (const field of body) expect(field.procedureCount).toBe(PROCEDURES.filter((p) => p.fieldId === field.id).length);
    expect(body[0]).toEqual({ id: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' }, procedureCount: 5 });
  });

  it('lists the agencies, province first, with address, phone and opening hours', async () => {
    const { body } = await get<Array<{ id: string; level: string; address: string; hours: { vi: string; en: string } }>>('/agencies');
    expect(body).toHaveLength(AGENCIES.length);
    expect(body.map((agency) => agency.level)).toEqual(['province', 'district', 'commune', 'commune']);
    expect(body[1]).toMatchObject({ id: 'bp-mot-cua-tp-dbp', address: expect.stringContaining('Điện Biên Phủ'), hours: { vi: expect.stringContaining('Thứ Hai') } });
  });
});

describe('OpenAPI', () => {
  it('documents the four catalog routes with their query, answers and problems', () => {
    const app = createModuleApi();
    registerCatalogRoutes(app, api.context);
    const document = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'procedures', version: '0' } });
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(['/agencies', '/catalog', '/catalog/{procedureId}', '/fields']);
    const search = document.paths!['/catalog']!.get!;
    expect(search.parameters?.map((parameter) => ('name' in parameter ? parameter.name : '')).sort()).toEqual(
      ['agency', 'applicant', 'field', 'level', 'limit', 'offset', 'onlineLevel', 'q'],
    );
    expect(Object.keys(search.responses ?? {})).toEqual(['200', '400']);
    expect(Object.keys(document.paths!['/catalog/{procedureId}']!.get!.responses ?? {})).toEqual(['200', '404']);
    expect(document.components?.schemas).toHaveProperty('ProcedureDetail');
  });
});
