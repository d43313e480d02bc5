import { fileURLToPath } from 'node:url';
import { and, asc, count, eq, isNotNull, lt } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { defineModule } from '@portal/module-kit';
import { startModuleApi, type ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locate, placeLabel } from '../domain/places.js';
import { nextReportCode } from '../domain/report-code.js';
import { resolveRoute } from '../domain/routing.js';
import { REPORT_CODE_PATTERN } from '../contract/domain.js';
import { areas, categories, holidays, photos, reportEvents, reports, routingRules, units } from './schema.js';
import { readBoundaries } from './seed-data/boundaries.js';
import { HOLIDAYS } from '@portal/module-kit';
import { CATEGORIES, ROUTING_RULES, UNITS } from './seed-data/reference.js';
import { SAMPLE_CASES } from './seed-data/sample-cases.js';
import { demoAccountSub } from '@portal/module-kit';
import { REAL_CASES, sampleReportId } from './seed-data/sample-reports.js';
import { seedFeedback } from './seed.js';

// The module's database part only: the seed is what is tested here, not the API.
const feedbackData = defineModule({
  id: 'feedback',
  version: '0.0.0-test',
  names: { vi: 'Phản ánh', en: 'Feedback' },
  icon: 'chat',
  audience: 'public',
  order: 1,
  db: { schema: 'feedback', migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)), seed: seedFeedback },
});

let api: ModuleApiHarness;

beforeAll(async () => {
  api = await startModuleApi(feedbackData);
  await seedFeedback(api.context); // a second run must change nothing
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const db = () => api.context.db;
const rowCount = async (table: PgTable) => (await db().select({ n: count() }).from(table))[0]!.n;

describe('seedFeedback', () => {
  it('writes the reference data once, however often it runs', async () => {
    expect(await rowCount(areas)).toBe((await readBoundaries()).length);
    expect(await rowCount(units)).toBe(UNITS.length);
    expect(await rowCount(categories)).toBe(CATEGORIES.length);
    expect(await rowCount(routingRules)).toBe(ROUTING_RULES.length);
    expect(await rowCount(holidays)).toBe(HOLIDAYS.length);
  });

  it('has 7 wards in the city, Him Lam with a group 3 and Mường Thanh with a group 10', async () => {
    const wards = await db().select({ id: areas.id }).from(areas).where(eq(areas.parentId, 'tp-dien-bien-phu'));
    expect(wards.map((ward) => ward.id).sort()).toEqual(
      ['him-lam', 'muong-thanh', 'nam-thanh', 'noong-bua', 'tan-thanh', 'thanh-binh', 'thanh-truong'].map((slug) => `phuong-${slug}`),
    );
    const groups = await db().select({ id: areas.id }).from(areas).where(eq(areas.level, 'group'));
    expect(groups.map((group) => group.id)).toEqual(expect.arrayContaining(['phuong-him-lam-to-3', 'phuong-muong-thanh-to-10']));
  });

  it.each(REAL_CASES)('places the real case "$key" in its group and routes it to $unitId', async (real) => {
    const place = await locate(db(), real.point);
    expect(place?.ward?.id).toBe(real.wardId);
    if (real.groupId) expect(place?.group?.id).toBe(real.groupId);
    expect(await resolveRoute(db(), real.categoryId, place!)).toBe(real.unitId);
  });

  it('labels Him Lam group 3 as people say it', async () => {
    const place = await locate(db(), REAL_CASES.find((real) => real.key === 'street-lighting-him-lam')!.point);
    expect(placeLabel(place!)).toEqual({
      vi: 'Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ',
      en: 'Residential group 3, Him Lam ward, Điện Biên Phủ city',
    });
  });

  it('finds the city centre in Mường Thanh and Tuần Giáo town in its district only, routed to the provincial office', async () => {
    expect((await locate(db(), { lat: 21.386, lng: 103.017 }))?.ward?.id).toBe('phuong-muong-thanh');
    const tuanGiao = await locate(db(), { lat: 21.59, lng: 103.42 });
    expect([tuanGiao?.district?.id, tuanGiao?.ward]).toEqual(['huyen-tuan-giao', null]);
    expect(await resolveRoute(db(), 'roads-pavements', tuanGiao!)).toBe('van-phong-ubnd-tinh');
    expect(await resolveRoute(db(), 'tourism-service', tuanGiao!)).toBe('so-vhttdl-dien-bien');
  });

  it('puts every point of the city in exactly one ward and every sample group centre in that group', async () => {
    const groups = await db().select().from(areas).where(eq(areas.level, 'group'));
    for (const group of groups) {
      const ring = (group.geometry as { coordinates: number[][][] }).coordinates[0]!.slice(0, -1);
      const centre = { lng: ring.reduce((sum, p) => sum + p[0]!, 0) / ring.length, lat: ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length };
      const place = await locate(db(), centre);
      expect([place?.group?.id, place?.ward?.id]).toEqual([group.id, group.parentId]);
    }
  });

  it('refuses points outside the province (Hà Nội, Lai Châu town)', async () => {
    expect(await locate(db(), { lat: 21.0285, lng: 105.8542 })).toBeNull();
    expect(await locate(db(), { lat: 22.396, lng: 103.458 })).toBeNull();
  });

  it('hands out report codes one after another within a year', async () => {
    const codes = await db().transaction(async (tx) => [await nextReportCode(tx, 2031), await nextReportCode(tx, 2031)]);
    expect(codes).toEqual(['PA-2031-000001', 'PA-2031-000002']);
    expect(await nextReportCode(db(), 2032)).toBe('PA-2032-000001');
  });

  it('never hands out one code twice to concurrent transactions', async () => {
    const codes = await Promise.all(Array.from({ length: 8 }, () => db().transaction((tx) => nextReportCode(tx, 2033))));
    expect([...codes].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `PA-2033-00000${i + 1}`));
  });

  it('writes the sample reports only once', async () => {
    const before = await rowCount(reports);
    await seedFeedback(api.context);
    expect(await rowCount(reports)).toBe(before);
  });
});

describe('sample reports', () => {
  const reportOf = async (key: string) => (await db().select().from(reports).where(eq(reports.id, sampleReportId(key))))[0]!;

  it('writes every sample with a unique readable code, placed and routed like a real report', async () => {
    const rows = await db().select().from(reports);
    expect(rows).toHaveLength(SAMPLE_CASES.length);
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
    expect(rows.every((row) => REPORT_CODE_PATTERN.test(row.code))).toBe(true);
    const lighting = await reportOf('street-lighting-him-lam');
    expect(lighting).toMatchObject({ groupId: 'phuong-him-lam-to-3', placeVi: 'Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ' });
  });

  it('plays the Him Lam lighting case to the end: answered by Urban Management after ~10 days, rated, closed', async () => {
    const report = await reportOf('street-lighting-him-lam');
    expect(report).toMatchObject({ status: 'closed', unitId: 'phong-qldt-tp-dbp', answeredByUnitId: 'phong-qldt-tp-dbp', rating: 'satisfied' });
    expect(report.reporterSub).toBe(demoAccountSub('001090000001'));
    const days = (report.answeredAt!.getTime() - report.submittedAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(10, 5);
    const timeline = await db().select().from(reportEvents).where(eq(reportEvents.reportId, report.id)).orderBy(asc(reportEvents.id));
    expect(timeline.map((entry) => entry.kind)).toEqual(['submitted', 'accepted', 'assigned', 'note', 'answered', 'rated', 'closed']);
    expect(timeline.filter((entry) => entry.kind === 'note').every((entry) => entry.visibility === 'internal')).toBe(true);
  });

  it('stores the drawn photos, re-encoded, where the rows point', async () => {
    const report = await reportOf('power-pole-muong-thanh');
    const rows = await db().select().from(photos).where(eq(photos.reportId, report.id)).orderBy(asc(photos.purpose));
    expect(rows.map((row) => row.purpose)).toEqual(['answer', 'report']);
    for (const row of rows) {
      const full = await api.context.files.get(row.fullKey);
      const thumb = await api.context.files.get(row.thumbKey);
      expect(full?.contentType).toBe('image/jpeg');
      expect(full?.size).toBe(row.bytes);
      expect(Math.max(row.width, row.height)).toBeLessThanOrEqual(2048);
      expect(thumb!.size).toBeLessThan(full!.size);
    }
  });

  it('covers the inbox buckets: new, overdue, reopened, forwarded, rejected, private', async () => {
    const now = new Date();
    const open = await db().select().from(reports).where(and(lt(reports.dueAt, now), eq(reports.status, 'in_progress')));
    expect(open.length).toBeGreaterThanOrEqual(2);
    const reopened = await db().select().from(reports).where(and(eq(reports.status, 'in_progress'), isNotNull(reports.reopenedAt)));
    expect(reopened.map((row) => row.unitId)).toContain('phong-qldt-tp-dbp');
    expect(reopened.every((row) => row.handlerSub === null && row.dueAt > row.reopenedAt!)).toBe(true);
    const forwarded = await reportOf('roads-muong-thanh-forwarded');
    expect(forwarded).toMatchObject({ status: 'submitted', unitId: 'phong-qldt-tp-dbp', wardId: 'phuong-muong-thanh' });
    expect((await reportOf('other-tan-thanh-rejected')).status).toBe('rejected');
    const statuses = new Set((await db().select({ status: reports.status }).from(reports)).map((row) => row.status));
    expect([...statuses].sort()).toEqual(['answered', 'closed', 'in_progress', 'rejected', 'submitted']);
    const newForOfficers = await db().select().from(reports).where(eq(reports.status, 'submitted'));
    expect(newForOfficers.map((row) => row.unitId)).toEqual(expect.arrayContaining(['ubnd-phuong-him-lam', 'phong-qldt-tp-dbp', 'dien-luc-tp-dbp']));
  });

  it('flags the phone number written in a private report', async () => {
    expect((await reportOf('urban-order-nam-thanh-private')).privacyFlags).toEqual(['phone']);
    expect((await reportOf('street-lighting-him-lam')).privacyFlags).toEqual([]);
  });

  it('extends the pole case deadline by 5 working days', async () => {
    const report = await reportOf('power-pole-muong-thanh');
    const [extension] = await db().select().from(reportEvents).where(and(eq(reportEvents.reportId, report.id), eq(reportEvents.kind, 'deadline_extended')));
    expect(extension).toMatchObject({ visibility: 'reporter', data: { days: 5, to: report.dueAt.toISOString() } });
  });
});
