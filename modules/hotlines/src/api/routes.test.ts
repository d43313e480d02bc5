import { sql } from 'drizzle-orm';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotlinesModule } from '../../module.js';
import type { EmergencyList, Facility, FacilityPage, Hotline } from '../contract/schemas.js';
import { SAMPLE_LOCAL_LINES } from '../db/sample-lines.js';
import { foldForSearch, foldSqlExpression } from '@portal/module-kit';
import { createHotlinesApi } from './routes.js';

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(hotlinesModule);
}, 60_000);

afterAll(async () => {
  await api?.close();
});

async function getJson<T>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await api.request(path);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

const facilities = (query: string) => getJson<FacilityPage>(`/api/hotlines/facilities?${query}`);

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

async function expectProblem(path: string, status: number): Promise<ProblemBody> {
  const response = await api.request(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = (await response.json()) as ProblemBody;
  expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  return problem;
}

/** Great-circle distance, computed independently of the API's SQL. */
function haversineMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe('GET /api/hotlines/emergency', () => {
  it('lists the national numbers 113, 114, 115, 112, 111 in display order, dialable and cacheable', async () => {
    const { status, body, headers } = await getJson<EmergencyList>('/api/hotlines/emergency');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(body.items.map((line) => line.number)).toEqual(['113', '114', '115', '112', '111']);
    for (const line of body.items) {
      expect(line).toMatchObject({ scope: 'national', open24h: true, tel: line.number });
      expect(line.name.vi).not.toBe('');
      expect(line.description?.vi).toBeTruthy();
    }
  });
});

describe('GET /api/hotlines/facilities', () => {
  it('pages the local lines by display order with a total, 20 per page by default', async () => {
    const { status, body, headers } = await facilities('');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(body.total).toBe(SAMPLE_LOCAL_LINES.length);
    expect(body).toMatchObject({ page: 1, pageSize: 20 });
    expect(body.items).toHaveLength(Math.min(20, SAMPLE_LOCAL_LINES.length));
    expect(body.items.every((item) => item.scope === 'local' && !('distanceMeters' in item))).toBe(true);
    const orders = body.items.map((item) => item.displayOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('finds "benh vien" in names written "Bệnh viện", ignoring case and diacritics', async () => {
    const plain = await facilities('q=benh%20vien');
    const accented = await facilities(`q=${encodeURIComponent('BỆNH VIỆN')}`);
    const ids = plain.body.items.map((item) => item.id);
    expect(ids).toContain('dien-bien-provincial-hospital');
    expect(ids).toContain('dien-bien-obstetrics-paediatrics-hospital');
    expect(accented.body.items.map((item) => item.id)).toEqual(ids);
    for (const item of plain.body.items) {
      expect(foldForSearch(`${item.name.vi} ${item.unit?.vi} ${item.address}`)).toContain('benh vien');
    }
  });

  it('matches every word in any order, with đ searched as d', async () => {
    const { body } = await facilities('q=cong%20an%20tuan%20giao');
    expect(body.items.map((item) => item.id)).toEqual(['tuan-giao-police']);
    const reversed = await facilities('q=giao%20tuan%20an%20cong');
    expect(reversed.body.items.map((item) => item.id)).toEqual(['tuan-giao-police']);
    const hotlines = await facilities('q=duong%20day%20nong');
    expect(hotlines.body.items.map((item) => item.id)).toEqual([
      'dien-bien-peoples-committee-hotline',
      'dien-bien-health-department-hotline',
    ]);
  });

  it('answers an empty page when nothing matches, and treats % and _ as plain characters', async () => {
    for (const q of ['xyzzy', '%25', '_']) {
      const { status, body } = await facilities(`q=${q}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ items: [], total: 0 });
    }
  });

  it('filters by kind', async () => {
    const { body } = await facilities('kind=police&pageSize=100');
    const expected = SAMPLE_LOCAL_LINES.filter((line) => line.kind === 'police').map((line) => line.id);
    expect(body.items.map((item) => item.id).sort()).toEqual(expected.sort());
  });

  it('sorts by great-circle distance from `near` and reports distanceMeters', async () => {
    const here = { lat: 21.5862, lng: 103.4139 }; // in Tuần Giáo
    const { body } = await facilities(`near=${here.lat},${here.lng}&pageSize=100`);
    const expected = SAMPLE_LOCAL_LINES.filter((line) => line.location)
      .map((line) => ({ id: line.id, meters: haversineMeters(here, line.location!) }))
      .sort((a, b) => a.meters - b.meters);
    expect(body.items.map((item) => item.id)).toEqual(expected.map((line) => line.id));
    body.items.forEach((item: Facility, index) => {
      expect(item.distanceMeters).toBeCloseTo(expected[index]!.meters, -1);
    });
    expect(body.items[0]).toMatchObject({ id: 'tuan-giao-police', distanceMeters: 0 });
  });

  it('combines search, distance and paging', async () => {
    const all = await facilities('q=trung%20tam%20y%20te&near=21.386,103.017&pageSize=100');
    const second = await facilities('q=trung%20tam%20y%20te&near=21.386,103.017&page=2&pageSize=2');
    expect(second.body.total).toBe(all.body.total);
    expect(second.body.items).toEqual(all.body.items.slice(2, 4));
  });

  it('keeps pages within bounds: 100 is the largest page, past the end is empty', async () => {
    const largest = await facilities('pageSize=100');
    expect(largest.body.items).toHaveLength(SAMPLE_LOCAL_LINES.length);
    const past = await facilities('page=99&pageSize=100');
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ items: [], total: SAMPLE_LOCAL_LINES.length, page: 99 });
    const pageTwo = await facilities('page=2&pageSize=5');
    expect(pageTwo.body.items.map((item) => item.id)).toEqual(SAMPLE_LOCAL_LINES.slice(5, 10).map((line) => line.id));
  });

  it.each([
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=1.5', 'page'],
    ['kind=bakery', 'kind'],
    ['near=abc', 'near'],
    ['near=91,103', 'near'],
    ['near=21.3', 'near'],
  ])('answers %s with a 400 problem naming the field', async (query, field) => {
    const problem = await expectProblem(`/api/hotlines/facilities?${query}`, 400);
    expect(problem.type).toBe('/problems/validation-error');
    expect(problem.errors?.[field]?.[0]).toMatch(/\w/);
  });
});

describe('GET /api/hotlines/facilities/{id}', () => {
  it('answers one local line', async () => {
    const { status, body } = await getJson<Hotline>('/api/hotlines/facilities/dien-bien-provincial-hospital');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      name: { vi: 'Bệnh viện Đa khoa tỉnh Điện Biên' },
      kind: 'hospital',
      open24h: true,
      location: { lat: expect.any(Number), lng: expect.any(Number) },
    });
    expect(body.tel).toMatch(/^\d+$/);
  });

  it('answers an unknown id, or a national line, with a 404 problem', async () => {
    const problem = await expectProblem('/api/hotlines/facilities/no-such-line', 404);
    expect(problem.detail).toContain('no-such-line');
    await expectProblem('/api/hotlines/facilities/national-113', 404);
  });
});

describe('seed', () => {
  const countRows = async () => {
    const result = await api.database.db.execute(sql`select scope, count(*)::int as n from hotlines.lines group by scope order by scope`);
    return (result as unknown as { rows: unknown[] }).rows;
  };

  it('is idempotent: running it again keeps the same rows and restores edited ones', async () => {
    const before = await countRows();
    expect(before).toEqual([
      { scope: 'local', n: SAMPLE_LOCAL_LINES.length },
      { scope: 'national', n: 5 },
    ]);
    await api.database.db.execute(sql`update hotlines.lines set name_vi = 'sửa tay' where id = 'national-113'`);
    await hotlinesModule.db!.seed!(api.context);
    await hotlinesModule.db!.seed!(api.context);
    expect(await countRows()).toEqual(before);
    const { body } = await getJson<EmergencyList>('/api/hotlines/emergency');
    expect(body.items[0]?.name.vi).toBe('Công an');
  });

  it('keeps every sample facility inside Điện Biên province', () => {
    for (const line of SAMPLE_LOCAL_LINES) {
      expect(line.location!.lat).toBeGreaterThanOrEqual(21.2);
      expect(line.location!.lat).toBeLessThanOrEqual(22.6);
      expect(line.location!.lng).toBeGreaterThanOrEqual(102.2);
      expect(line.location!.lng).toBeLessThanOrEqual(103.6);
    }
  });
});

describe('search folding in the database', () => {
  const LETTERS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';

  it('folds like foldForSearch for every Vietnamese letter, in both cases and both Unicode forms', async () => {
    for (const text of [LETTERS, LETTERS.toUpperCase(), 'Điện Biên Phủ'.normalize('NFD')]) {
      const result = await api.database.db.execute(sql.raw(`select ${foldSqlExpression(`'${text}'::text`)} as folded`));
      const [row] = (result as unknown as { rows: Array<{ folded: string }> }).rows;
      expect(row?.folded).toBe(foldForSearch(text));
    }
  });
});

describe('OpenAPI document', () => {
  it('describes the public and admin routes with their schemas, admin ones behind a bearer token', () => {
    const document = createHotlinesApi(api.context).getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'hotlines', version: hotlinesModule.version },
    });
    expect(Object.keys(document.paths ?? {}).sort()).toEqual([
      '/audit',
      '/emergency',
      '/facilities',
      '/facilities/{id}',
      '/facilities/{id}/managed',
    ]);
    expect(Object.keys(document.paths?.['/facilities/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(document.paths?.['/facilities']?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths?.['/facilities']?.get?.security).toBeUndefined();
    expect(document.components?.securitySchemes?.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['Hotline', 'Facility', 'FacilityPage', 'EmergencyList', 'Problem', 'FacilityCreate', 'FacilityUpdate', 'ManagedFacility', 'AuditPage']),
    );
  });
});
