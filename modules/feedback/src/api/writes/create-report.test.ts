import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedReport, ReportDetail } from '../../contract/schemas.js';
import { outbox, photos, reports } from '../../db/schema.js';
import {
  HA_NOI,
  citizen,
  createReport,
  jpegUpload,
  newKey,
  otherCitizen,
  photoCount,
  pngBytes,
  reportCount,
  reportInput,
  startWritesApi,
  storedReportFiles,
  urbanOfficer,
  type WritesHarness,
} from './test-fixtures.js';

/*
 * POST /reports against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL), real sharp and real
 * files in a temporary folder. Callers are set with the harness's `as`: these tests say what a citizen may
 * file and what gets stored, not how sign-on works.
 */

let h: WritesHarness;
beforeAll(async () => {
  h = await startWritesApi();
}, 120_000);
afterAll(() => h?.close());

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { type: string; detail: string; errors?: Record<string, string[]>; [key: string]: unknown };
}

/** Nothing stored: same number of reports, photo rows and photo files as before `work`. */
async function expectNothingStored(work: () => Promise<void>) {
  const before = [await reportCount(h), await photoCount(h), (await storedReportFiles(h)).length];
  await work();
  expect([await reportCount(h), await photoCount(h), (await storedReportFiles(h)).length]).toEqual(before);
}

const rowOf = async (code: string) => (await h.api.database.db.select().from(reports).where(eq(reports.code, code)))[0]!;

describe('POST /reports', () => {
  it('files a report with one photo: code, routed unit, deadline, place, stored photo without EXIF/GPS', async () => {
    const res = await createReport(h);
    expect(res.status).toBe(201);
    const created = (await res.json()) as CreatedReport;
    expect(created.code).toMatch(/^PA-\d{4}-\d{6}$/);
    expect(res.headers.get('location')).toBe(`/api/feedback/reports/${created.code}`);
    expect(created).toMatchObject({ status: 'submitted', unit: { id: 'phong-qldt-tp-dbp' } });
    expect(created.place.ward?.id).toBe('phuong-him-lam');
    expect(created.place.group?.id).toBe('phuong-him-lam-to-3');
    expect(created.place.label.vi).toContain('Him Lam');
    expect(Date.parse(created.dueAt)).toBeGreaterThan(Date.now() + 7 * 24 * 3600 * 1000);

    const row = await rowOf(created.code);
    expect(row).toMatchObject({ reporterSub: citizen.sub, reporterName: 'Nguyễn Văn An', unitId: 'phong-qldt-tp-dbp', wardId: 'phuong-him-lam' });
    const files = await storedReportFiles(h, row.id);
    expect(files).toHaveLength(2); // full + thumbnail
    const full = await h.api.context.files.get(`reports/${row.id}/${files.find((name) => !name.includes('-thumb'))}`);
    const metadata = await sharp(full!.data).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();

    const [event] = await h.api.database.db.select().from(outbox).where(eq(outbox.subject, created.code));
    expect(event).toMatchObject({ type: 'feedback.submitted', data: { code: created.code, unitId: 'phong-qldt-tp-dbp', wardId: 'phuong-him-lam', isPublic: true } });
  });

  it('files a report with five photos (JPEG and PNG) and keeps their order', async () => {
    const uploads = [await jpegUpload('#111111'), await jpegUpload('#222222'), { bytes: await pngBytes(), name: 'x.png', type: 'image/png' }, await jpegUpload(), await jpegUpload('#333333')];
    const res = await createReport(h, { photos: uploads });
    expect(res.status).toBe(201);
    const { code } = (await res.json()) as CreatedReport;
    const row = await rowOf(code);
    const stored = await h.api.database.db.select().from(photos).where(eq(photos.reportId, row.id)).orderBy(photos.position);
    expect(stored.map((photo) => [photo.purpose, photo.position])).toEqual([0, 1, 2, 3, 4].map((position) => ['report', position]));
    expect(await storedReportFiles(h, row.id)).toHaveLength(10);
  });

  it('routes a Him Lam "other" report to the ward committee', async () => {
    const res = await createReport(h, { report: reportInput({ categoryId: 'other', description: 'Cây đổ chắn lối đi trong ngõ của tổ 3.' }) });
    expect(res.status).toBe(201);
    expect(((await res.json()) as CreatedReport).unit.id).toBe('ubnd-phuong-him-lam');
  });

  it.each([
    ['no photo', 0],
    ['six photos', 6],
  ])('refuses %s with 400 errors.photos and stores nothing', async (_case, n) => {
    const uploads = await Promise.all(Array.from({ length: n }, () => jpegUpload()));
    await expectNothingStored(async () => {
      const body = await problem(await createReport(h, { photos: uploads }), 400);
      expect(body.errors?.photos?.[0]).toMatch(/1.*5/);
    });
  });

  it('refuses a shell script named .jpg and stores nothing', async () => {
    const script = { bytes: new TextEncoder().encode('#!/bin/sh\nrm -rf / --no-preserve-root\n'), name: 'photo.jpg', type: 'image/jpeg' };
    await expectNothingStored(async () => {
      const res = await createReport(h, { photos: [await jpegUpload(), script] });
      expect([415, 422]).toContain(res.status);
      const body = await problem(res, res.status);
      expect(Object.keys(body.errors ?? {})).toEqual(['photos[1]']);
    });
  });

  it('refuses a photo over 10 MB (413, errors["photos[0]"]) and a body over the total limit (413)', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await expectNothingStored(async () => {
      const body = await problem(await createReport(h, { photos: [{ bytes: big, name: 'big.jpg', type: 'image/jpeg' }] }), 413);
      expect(Object.keys(body.errors ?? {})).toEqual(['photos[0]']);
      const huge = { bytes: Buffer.alloc(52 * 1024 * 1024), name: 'huge.jpg', type: 'image/jpeg' };
      expect((await problem(await createReport(h, { photos: [huge] }), 413)).type).toBe('/problems/payload-too-large');
    });
  });

  it('refuses a 9-character description with errors.description, in Vietnamese by default and English on request', async () => {
    await expectNothingStored(async () => {
      const vi = await problem(await createReport(h, { report: reportInput({ description: '123456789' }) }), 400);
      expect(Object.keys(vi.errors ?? {})).toContain('description');
      const en = await problem(await createReport(h, { report: reportInput({ description: '123456789' }), lang: 'en' }), 400);
      expect(en.errors?.description?.[0]).toMatch(/10/);
    });
  });

  it('stores HTML as text and gives back exactly that text', async () => {
    const description = '<script>alert("xss")</script><img src=x onerror=alert(1)> Đèn hỏng ở ngõ 5';
    const res = await createReport(h, { report: reportInput({ description }) });
    const { code } = (await res.json()) as CreatedReport;
    const detail = (await (await h.api.request(`/api/feedback/reports/${code}`)).json()) as ReportDetail;
    expect(detail.description).toBe(description);
    expect((await rowOf(code)).description).toBe(description);
  });

  it('needs an Idempotency-Key of 8–128 characters', async () => {
    await expectNothingStored(async () => {
      const missing = await problem(await createReport(h, { key: null }), 400);
      expect(Object.keys(missing.errors ?? {})).toEqual(['idempotency-key']);
      await problem(await createReport(h, { key: 'short' }), 400);
      await problem(await createReport(h, { key: 'k'.repeat(129) }), 400);
    });
  });

  it('answers a retry with the same key with the same body, one row and photos stored once', async () => {
    const key = newKey();
    const uploads = [await jpegUpload('#123456')];
    const first = await createReport(h, { key, photos: uploads });
    const firstBody = (await first.json()) as CreatedReport;
    const filesBefore = (await storedReportFiles(h)).length;
    const retry = await createReport(h, { key, photos: uploads });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await retry.json()).toEqual(firstBody);
    expect(await count(sql`select count(*)::int as n from feedback.reports where code = ${firstBody.code}`)).toBe(1);
    expect((await storedReportFiles(h)).length).toBe(filesBefore);
  });

  it('refuses the same key with another body (422) and stores nothing', async () => {
    const key = newKey();
    await createReport(h, { key });
    await expectNothingStored(async () => {
      const body = await problem(await createReport(h, { key, report: reportInput({ description: 'Một nội dung khác hẳn lần gửi đầu.' }) }), 422);
      expect(body.type).toBe('/problems/idempotency-key-reused');
    });
  });

  it('files one report for a double submit sent at the same time', async () => {
    const key = newKey();
    const uploads = [await jpegUpload('#654321')];
    const reportsBefore = await reportCount(h);
    const filesBefore = (await storedReportFiles(h)).length;
    const [a, b] = await Promise.all([createReport(h, { key, photos: uploads }), createReport(h, { key, photos: uploads })]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(((await a.json()) as CreatedReport).code).toBe(((await b.json()) as CreatedReport).code);
    expect(await reportCount(h)).toBe(reportsBefore + 1);
    expect((await storedReportFiles(h)).length).toBe(filesBefore + 2);
  });

  it('refuses a place outside the province with 422 outside-province', async () => {
    await expectNothingStored(async () => {
      const body = await problem(await createReport(h, { report: reportInput({ location: { ...HA_NOI, source: 'pin' } }) }), 422);
      expect(body.type).toBe('/problems/outside-province');
      expect(body.detail).toContain('Điện Biên');
    });
  });

  it('refuses an unknown category with 422 and errors.categoryId', async () => {
    await expectNothingStored(async () => {
      const body = await problem(await createReport(h, { report: reportInput({ categoryId: 'no-such-category' }) }), 422);
      expect(Object.keys(body.errors ?? {})).toEqual(['categoryId']);
    });
  });

  it('warns about a phone number in a public text, and files it once acknowledged', async () => {
    const description = 'Đèn hỏng, gọi tôi theo số 0912 345 678 để chỉ chỗ.';
    await expectNothingStored(async () => {
      const body = await problem(await createReport(h, { report: reportInput({ description }) }), 422);
      expect(body.type).toBe('/problems/privacy-warning');
      expect(body.findings).toEqual([{ kind: 'phone', match: '0912 345 678' }]);
    });
    const acknowledged = await createReport(h, { report: reportInput({ description, acknowledgePrivacyWarning: true }) });
    expect(acknowledged.status).toBe(201);
    const row = await rowOf(((await acknowledged.json()) as CreatedReport).code);
    expect(row.privacyFlags).toEqual(['phone']);
    // A private report needs no warning.
    expect((await createReport(h, { report: reportInput({ description, isPublic: false }) })).status).toBe(201);
  });

  it('checks text for the form: POST /reports/check-text', async () => {
    const res = await h.api.request('/api/feedback/reports/check-text', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'CCCD 001090000001, điện thoại 0215.3826.115' }),
    });
    expect(await res.json()).toEqual({
      findings: [
        { kind: 'national-id', match: '001090000001' },
        { kind: 'phone', match: '0215.3826.115' },
      ],
    });
  });

  it('refuses a JSON body (415) and anonymous or officer callers (401/403)', async () => {
    const json = await h.api.request('/api/feedback/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': newKey() }, body: JSON.stringify(reportInput()) }, { as: citizen });
    expect((await problem(json, 415)).type).toBe('/problems/unsupported-media-type');
    const anonymous = await h.api.request('/api/feedback/reports', { method: 'POST', headers: { 'idempotency-key': newKey() }, body: new FormData() });
    expect(anonymous.status).toBe(401);
    expect((await createReport(h, { as: urbanOfficer })).status).toBe(403);
  });

  it('limits a reporter to 10 reports an hour, counted from the rows, with Retry-After', async () => {
    const sub = otherCitizen.sub;
    const already = await count(sql`select count(*)::int as n from feedback.reports where reporter_sub = ${sub} and submitted_at > now() - interval '1 hour'`);
    for (let index = already; index < 9; index += 1) {
      expect((await createReport(h, { as: otherCitizen })).status).toBe(201);
    }
    // The 10th and 11th at once: both may pass the early check and store photos; the transaction lets one
    // in, and the other's photos are deleted again.
    const [filesBefore, reportsBefore] = [(await storedReportFiles(h)).length, await reportCount(h)];
    const both = await Promise.all([createReport(h, { as: otherCitizen }), createReport(h, { as: otherCitizen })]);
    expect(both.map((res) => res.status).sort()).toEqual([201, 429]);
    expect([(await storedReportFiles(h)).length, await reportCount(h)]).toEqual([filesBefore + 2, reportsBefore + 1]);
    await expectNothingStored(async () => {
      const res = await createReport(h, { as: otherCitizen });
      const body = await problem(res, 429);
      expect(body.type).toBe('/problems/rate-limited');
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    });
    // Reports older than an hour no longer count.
    await h.api.database.db.execute(sql`update feedback.reports set submitted_at = now() - interval '2 hours' where reporter_sub = ${sub}`);
    expect((await createReport(h, { as: otherCitizen })).status).toBe(201);
  });

  it('counts photos stored in rows and files alike for every report filed here', async () => {
    const mine = await count(sql`select count(*)::int as n from feedback.photos p join feedback.reports r on r.id = p.report_id where r.reporter_sub like 'citizen-writes-%'`);
    const rows = await h.api.database.db.execute(sql`select r.id from feedback.reports r where r.reporter_sub like 'citizen-writes-%'`);
    const ids = (rows as unknown as { rows: Array<{ id: string }> }).rows.map((row) => row.id);
    const files = (await Promise.all(ids.map((id) => storedReportFiles(h, id)))).flat();
    expect(files.length).toBe(mine * 2);
  });
});

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await h.api.database.db.execute(query)) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]!.n);
}
