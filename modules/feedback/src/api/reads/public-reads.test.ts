import { and, eq } from 'drizzle-orm';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Place, ReportPage, ReportSummary, Unit } from '../../contract/schemas.js';
import { areas, reports } from '../../db/schema.js';
import { createFeedbackApi } from '../index.js';
import { AN, BINH, CODES, LIGHTING_POINT, callers, getAs, startReadsApi, type Fixtures } from './test-fixtures.js';

let api: ModuleApiHarness;
let fixtures: Fixtures;

beforeAll(async () => {
  ({ api, fixtures } = await startReadsApi());
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const get = <T>(path: string, as?: Parameters<typeof getAs>[2]) => getAs<T>(api, `/api/feedback${path}`, as);

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
}

/** Nothing that identifies a reporter may appear in a public answer. */
function expectNoReporterData(text: string) {
  for (const person of [AN, BINH]) {
    for (const secret of [person.name, person.sub, person.phone, person.nationalId]) expect(text).not.toContain(secret);
  }
  expect(text).not.toContain('0912 345 689');
  expect(text).not.toMatch(/reporterPhone|nationalId|reporterSub/);
}

async function allPages(path: string, limit: number): Promise<ReportSummary[]> {
  const items: ReportSummary[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const separator = path.includes('?') ? '&' : '?';
    const page: { status: number; body: ReportPage } = await get<ReportPage>(`${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

describe('reference data', () => {
  it('map-config answers the configured tiles, or nulls when none are set', async () => {
    delete process.env.MAP_TILE_URL;
    expect((await get('/map-config')).body).toEqual({ tileUrl: null, attribution: null });
    process.env.MAP_TILE_URL = 'https://tiles.example.vn/{z}/{x}/{y}.png';
    process.env.MAP_TILE_ATTRIBUTION = '© OpenStreetMap';
    const configured = await get('/map-config');
    delete process.env.MAP_TILE_URL;
    delete process.env.MAP_TILE_ATTRIBUTION;
    expect(configured.body).toEqual({ tileUrl: 'https://tiles.example.vn/{z}/{x}/{y}.png', attribution: '© OpenStreetMap' });
    expect(configured.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('lists the categories with their deadlines and the units, cacheable', async () => {
    const categories = await get<{ items: Category[] }>('/categories');
    expect(categories.headers.get('cache-control')).toBe('public, max-age=60');
    expect(categories.body.items.find((category) => category.id === 'street-lighting')).toEqual({
      id: 'street-lighting',
      name: { vi: 'Chiếu sáng công cộng', en: 'Street lighting' },
      icon: expect.any(String),
      deadlineDays: 10,
    });
    const units = await get<{ items: Unit[] }>('/units');
    expect(units.body.items.map((unit) => unit.id)).toEqual(
      expect.arrayContaining(['phong-qldt-tp-dbp', 'dien-luc-tp-dbp', 'so-vhttdl-dien-bien', 'van-phong-ubnd-tinh', 'ubnd-phuong-him-lam']),
    );
  });

  it('serves boundaries as GeoJSON, filtered by level and parent, cached for an hour', async () => {
    const wards = await get<{ type: string; features: Array<{ geometry: { type: string }; properties: Record<string, unknown> }> }>(
      '/boundaries?level=ward',
    );
    expect(wards.status).toBe(200);
    expect(wards.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(wards.body.type).toBe('FeatureCollection');
    expect(wards.body.features).toHaveLength(7);
    expect(wards.body.features.map((feature) => feature.properties.id)).toContain('phuong-him-lam');
    expect(wards.body.features[0]!.properties).toMatchObject({ level: 'ward', parentId: 'tp-dien-bien-phu', name: { vi: expect.any(String), en: expect.any(String) } });
    expect(['Polygon', 'MultiPolygon']).toContain(wards.body.features[0]!.geometry.type);

    const groups = await get<{ features: Array<{ properties: { parentId: string; level: string } }> }>('/boundaries?parent=phuong-him-lam');
    expect(groups.body.features.length).toBeGreaterThan(2);
    expect(groups.body.features.every((feature) => feature.properties.parentId === 'phuong-him-lam' && feature.properties.level === 'group')).toBe(true);

    expect((await get('/boundaries?level=country')).status).toBe(400);
  });

  it('places a point of Him Lam residential group 3 in its group, ward and district', async () => {
    const [group] = await api.context.db.select().from(areas).where(eq(areas.id, 'phuong-him-lam-to-3'));
    // The average of a convex outline's corners lies inside it.
    const ring = (group!.geometry as { coordinates: number[][][] }).coordinates[0]!.slice(0, -1);
    const lng = ring.reduce((sum, [x]) => sum + x!, 0) / ring.length;
    const lat = ring.reduce((sum, [, y]) => sum + y!, 0) / ring.length;

    const place = await get<Place>(`/place?lat=${lat}&lng=${lng}`);
    expect(place.status).toBe(200);
    expect(place.body).toMatchObject({
      group: { id: 'phuong-him-lam-to-3', name: { vi: 'Tổ dân phố 3' } },
      ward: { id: 'phuong-him-lam', name: { vi: 'Phường Him Lam' } },
      district: { id: 'tp-dien-bien-phu' },
    });
    expect(place.body.label.vi).toBe('Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ');
  });

  it('refuses a point in Hà Nội with 422 outside-province, and bad coordinates with 400', async () => {
    const outside = await get<Problem>('/place?lat=21.03&lng=105.85');
    expect(outside.status).toBe(422);
    expect(outside.headers.get('content-type')).toContain('application/problem+json');
    expect(outside.body.type).toBe('/problems/outside-province');
    expect(outside.body.detail).toContain('Điện Biên');

    const english = await api.request('/api/feedback/place?lat=21.03&lng=105.85', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(((await english.json()) as Problem).detail).toMatch(/outside Điện Biên province/);

    const invalid = await get<Problem>('/place?lat=91&lng=abc');
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors ?? {})).toEqual(expect.arrayContaining(['lat', 'lng']));
  });
});

describe('GET /nearby', () => {
  it('suggests open public reports of the category within 300 m, signed-in only', async () => {
    const path = `/nearby?lat=${LIGHTING_POINT.lat + 0.001}&lng=${LIGHTING_POINT.lng}&category=street-lighting`;
    expect((await get(path)).status).toBe(401);
    const nearby = await get<{ items: ReportSummary[] }>(path, callers.binh);
    expect(nearby.status).toBe(200);
    expect(nearby.headers.get('cache-control')).toBe('private, no-store');
    expect(nearby.body.items.map((item) => item.code)).toContain(CODES.lightingPublic);
    expect(nearby.body.items.every((item) => item.isPublic && ['submitted', 'in_progress'].includes(item.status))).toBe(true);

    // 0.005° of latitude is about 550 m: out of reach. Another category: not suggested.
    const far = await get<{ items: ReportSummary[] }>(`/nearby?lat=${LIGHTING_POINT.lat + 0.005}&lng=${LIGHTING_POINT.lng}&category=street-lighting`, callers.binh);
    expect(far.body.items.map((item) => item.code)).not.toContain(CODES.lightingPublic);
    const other = await get<{ items: ReportSummary[] }>(`/nearby?lat=${LIGHTING_POINT.lat}&lng=${LIGHTING_POINT.lng}&category=power-grid`, callers.binh);
    expect(other.body.items.map((item) => item.code)).not.toContain(CODES.lightingPublic);
  });

  it('never suggests a private report', async () => {
    const nearby = await get<{ items: ReportSummary[] }>('/nearby?lat=21.4&lng=103.03&category=other', callers.binh);
    expect(nearby.status).toBe(200);
    const codes = nearby.body.items.map((item) => item.code);
    expect(codes).not.toContain(CODES.privateOfAn);
    expect(codes).not.toContain(CODES.privateOfBinhOverdue);
  });
});

describe('GET /public/reports', () => {
  it('pages through every public report newest first, with no duplicates and nothing missing', async () => {
    const paged = await allPages('/public/reports', 7);
    const expected = await api.context.db
      .select({ code: reports.code, submittedAt: reports.submittedAt, id: reports.id })
      .from(reports)
      .where(eq(reports.isPublic, true));
    expected.sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(paged.map((item) => item.code)).toEqual(expected.map((row) => row.code));
    expect(new Set(paged.map((item) => item.code)).size).toBe(paged.length);
    expect(paged.every((item) => item.isPublic)).toBe(true);
  });

  it('shows reporters as initials only and masks numbers found in the text', async () => {
    const page = await get<ReportPage>('/public/reports?limit=50');
    expect(page.headers.get('cache-control')).toBe('public, max-age=60');
    expectNoReporterData(page.text);
    const lighting = page.body.items.find((item) => item.code === CODES.lightingPublic)!;
    expect(lighting.reporterInitials).toBe('N.V.A.');
    expect(lighting.excerpt).toContain('09xx xxx x89');
    expect(lighting.place.group?.id).toBe('phuong-him-lam-to-3');
    expect(lighting.thumbUrl).toBe(`/api/feedback/photos/${fixtures.photoOfPublic}?size=thumb`);
    expect(lighting.unit.id).toBe('phong-qldt-tp-dbp');
  });

  it('is the same public answer for a signed-in reporter (no private report, nothing unmasked)', async () => {
    const page = await get<ReportPage>('/public/reports?limit=50', callers.an);
    expect(page.body.items.map((item) => item.code)).not.toContain(CODES.privateOfAn);
    expect(page.text).not.toContain('0912 345 689');
  });

  it('filters by category, ward, district and status', async () => {
    const lighting = await allPages('/public/reports?category=street-lighting', 50);
    expect(lighting.length).toBeGreaterThan(0);
    expect(lighting.every((item) => item.category.id === 'street-lighting')).toBe(true);
    const tanThanh = await allPages('/public/reports?ward=phuong-tan-thanh&status=closed', 50);
    expect(tanThanh.length).toBeGreaterThan(0);
    expect(tanThanh.every((item) => item.place.ward?.id === 'phuong-tan-thanh' && item.status === 'closed')).toBe(true);
    const tuanGiao = await allPages('/public/reports?district=huyen-tuan-giao', 50);
    expect(tuanGiao.map((item) => item.code)).toContain(CODES.districtOnly);
    expect(tuanGiao.find((item) => item.code === CODES.districtOnly)?.place.ward).toBeNull();
  });

  it('bounds the page size and refuses foreign cursors', async () => {
    const tooMany = await get<Problem>('/public/reports?limit=51');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.limit).toBeDefined();
    expect((await get('/public/reports?limit=0')).status).toBe(400);
    const forged = await get<Problem>('/public/reports?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect(forged.body.errors?.cursor).toBeDefined();
    expect((await get('/public/reports?status=lost')).status).toBe(400);
  });
});

describe('GET /public/map', () => {
  interface Points {
    type: string;
    truncated: boolean;
    features: Array<{ geometry: { coordinates: [number, number] }; properties: { code: string; status: string; categoryId: string } }>;
  }

  it('answers every public report as a point, none private, no reporter data', async () => {
    const map = await get<Points>('/public/map');
    expect(map.status).toBe(200);
    expect(map.headers.get('cache-control')).toBe('public, max-age=60');
    const publicCount = (await api.context.db.select({ id: reports.id }).from(reports).where(eq(reports.isPublic, true))).length;
    expect(map.body.features).toHaveLength(publicCount);
    expect(map.body.truncated).toBe(false);
    expect(map.body.features.map((feature) => feature.properties.code)).not.toContain(CODES.privateOfAn);
    const lighting = map.body.features.find((feature) => feature.properties.code === CODES.lightingPublic)!;
    expect(lighting.geometry.coordinates).toEqual([LIGHTING_POINT.lng, LIGHTING_POINT.lat]);
    expectNoReporterData(map.text);
  });

  it('keeps to the bbox, category and status asked for', async () => {
    const bbox = `${LIGHTING_POINT.lng - 0.001},${LIGHTING_POINT.lat - 0.001},${LIGHTING_POINT.lng + 0.001},${LIGHTING_POINT.lat + 0.001}`;
    const inBox = await get<Points>(`/public/map?bbox=${bbox}&category=street-lighting&status=submitted`);
    const expected = await api.context.db
      .select({ code: reports.code, lat: reports.lat, lng: reports.lng })
      .from(reports)
      .where(and(eq(reports.isPublic, true), eq(reports.categoryId, 'street-lighting'), eq(reports.status, 'submitted')));
    const inside = expected.filter((row) => Math.abs(row.lat - LIGHTING_POINT.lat) <= 0.001 && Math.abs(row.lng - LIGHTING_POINT.lng) <= 0.001);
    expect(inBox.body.features.map((feature) => feature.properties.code).sort()).toEqual(inside.map((row) => row.code).sort());
    expect(inBox.body.features.map((feature) => feature.properties.code)).toContain(CODES.lightingPublic);
    expect((await get('/public/map?bbox=104,22,103,21')).status).toBe(400);
    expect((await get('/public/map?bbox=nope')).status).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('documents every read route', () => {
    const document = createFeedbackApi(api.context).getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'feedback', version: '0' } });
    const reads = [
      '/map-config',
      '/categories',
      '/units',
      '/boundaries',
      '/place',
      '/nearby',
      '/public/reports',
      '/public/map',
      '/reports/mine',
      '/reports/{code}',
      '/photos/{id}',
      '/office/reports',
      '/office/counts',
      '/office/reports/{code}/audit',
      '/stats',
    ];
    for (const path of reads) expect(document.paths?.[path]?.get, path).toBeDefined();
  });
});
