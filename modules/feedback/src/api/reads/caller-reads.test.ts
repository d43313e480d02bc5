import { inArray } from 'drizzle-orm';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOX_BUCKETS } from '../../contract/domain.js';
import type { InboxCounts, ReportDetail, ReportPage, ReportSummary } from '../../contract/schemas.js';
import { reports } from '../../db/schema.js';
import { AN, CODES, INTERNAL_NOTE, REPORTER_ENTRY, callers, getAs, startReadsApi, type Fixtures } from './test-fixtures.js';

let api: ModuleApiHarness;
let fixtures: Fixtures;

beforeAll(async () => {
  ({ api, fixtures } = await startReadsApi());
}, 120_000);

afterAll(async () => {
  await api?.close();
});

type As = Parameters<typeof getAs>[2];
const get = <T>(path: string, as?: As) => getAs<T>(api, `/api/feedback${path}`, as);
const detail = (code: string, as?: As) => get<ReportDetail>(`/reports/${code}`, as);

async function allPages(path: string, as: As, limit = 50): Promise<ReportSummary[]> {
  const items: ReportSummary[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page: { status: number; body: ReportPage } = await get<ReportPage>(
      `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      as,
    );
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /reports/{code}', () => {
  it('shows a public report to anyone without reporter data, internal notes or officer names', async () => {
    const anonymous = await detail(CODES.lightingPublic);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
    expect(anonymous.body).toMatchObject({ code: CODES.lightingPublic, reporter: null, handler: null, reporterInitials: 'N.V.A.' });
    expect(anonymous.body.description).toContain('09xx xxx x89');
    expect(anonymous.body.timeline.every((entry) => entry.visibility === 'public' && entry.actorName === null)).toBe(true);
    expect(anonymous.body.can).toEqual({ rate: false, follow: false, act: [] });
    expect(anonymous.body.photos).toEqual([
      expect.objectContaining({ id: fixtures.photoOfPublic, url: `/api/feedback/photos/${fixtures.photoOfPublic}`, purpose: 'report' }),
    ]);
    for (const secret of [AN.name, AN.phone, AN.nationalId, AN.sub, INTERNAL_NOTE, 'Vì Thị Lan', '0912 345 689']) {
      expect(anonymous.text).not.toContain(secret);
    }
    // Another citizen: the same public view, and may follow it.
    const other = await detail(CODES.lightingPublic, callers.binh);
    expect(other.body.reporter).toBeNull();
    expect(other.text).not.toContain(INTERNAL_NOTE);
    expect(other.body.can.follow).toBe(true);
  });

  it('shows the reporter their private report with reporter entries but not internal notes', async () => {
    const mine = await detail(CODES.privateOfAn, callers.an);
    expect(mine.status).toBe(200);
    expect(mine.body.reporter).toEqual({ name: AN.name, phone: AN.phone, nationalId: AN.nationalId });
    expect(mine.body.timeline.map((entry) => entry.text)).toContain(REPORTER_ENTRY);
    expect(mine.body.timeline.every((entry) => entry.visibility !== 'internal')).toBe(true);
    expect(mine.text).not.toContain(INTERNAL_NOTE);
    expect(mine.body.can).toEqual({ rate: false, follow: false, act: [] });
  });

  it('answers 404 for a private report to anyone else, exactly like an unknown code', async () => {
    for (const caller of [undefined, callers.binh, callers.qldtOfficer, callers.qldtLead]) {
      const answer = await detail(CODES.privateOfAn, caller);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('Nhà bên cạnh');
    }
    const unknown = await detail('PA-2019-999999');
    const hidden = await detail(CODES.privateOfAn);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(hidden.text).type).toBe(JSON.parse(unknown.text).type);
    expect((await get('/reports/not-a-code')).status).toBe(400);
  });

  it('shows officers of the current unit everything, with the actions they may take', async () => {
    const officer = await detail(CODES.privateOfAn, callers.himLamOfficer);
    expect(officer.status).toBe(200);
    expect(officer.body.timeline.map((entry) => entry.text)).toEqual(expect.arrayContaining([INTERNAL_NOTE, REPORTER_ENTRY]));
    expect(officer.body.reporter?.phone).toBe(AN.phone);
    expect(officer.body.handler).toEqual({ sub: 'officer-khanh', name: 'Tòng Văn Khánh' });
    expect(officer.body.can.act).toEqual(expect.arrayContaining(['answer', 'forward', 'note']));
    expect(officer.body.description).not.toContain('xx');

    // An officer of another unit sees a public report only as the public does.
    const elsewhere = await detail(CODES.lightingPublic, callers.himLamOfficer);
    expect(elsewhere.body.reporter).toBeNull();
    expect(elsewhere.body.can.act).toEqual([]);
    expect(elsewhere.text).not.toContain(INTERNAL_NOTE);
    const ownUnit = await detail(CODES.lightingPublic, callers.qldtOfficer);
    expect(ownUnit.text).toContain(INTERNAL_NOTE);
    expect(ownUnit.body.description).toContain('0912 345 689');
  });

  it('lets an admin read everything but act on nothing', async () => {
    const admin = await detail(CODES.privateOfBinhOverdue, callers.admin);
    expect(admin.status).toBe(200);
    expect(admin.body.reporter).not.toBeNull();
    expect(admin.body.can.act).toEqual([]);
    expect(admin.body.overdue).toBe(true);
  });

  it('shows the answer with its unit and photos, and who follows', async () => {
    const answered = await detail(CODES.answered, callers.an);
    expect(answered.body.answer).toMatchObject({
      text: expect.stringContaining('di dời cột điện'),
      unit: { id: 'dien-luc-tp-dbp' },
      photos: [expect.objectContaining({ id: fixtures.answerPhoto, purpose: 'answer' })],
    });
    expect(answered.body.followers).toBe(1);
    expect(answered.body.following).toBe(true);
    expect((await detail(CODES.answered)).body.following).toBe(false);
    const reopened = await detail(CODES.reopened);
    expect(reopened.body).toMatchObject({ reopenCount: 1, rating: { value: 'not_satisfied' }, status: 'in_progress' });
    const rejected = await detail(CODES.rejected);
    expect(rejected.body.rejectReason).toContain('không thuộc phạm vi');
  });
});

describe('GET /photos/{id}', () => {
  it('serves a public photo to anyone, cacheable for a day, full size and thumbnail', async () => {
    const full = await api.request(`/api/feedback/photos/${fixtures.photoOfPublic}`);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('image/jpeg');
    expect(full.headers.get('cache-control')).toBe('public, max-age=86400');
    const fullBytes = new Uint8Array(await full.arrayBuffer());
    expect([...fullBytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const thumb = await api.request(`/api/feedback/photos/${fixtures.photoOfPublic}?size=thumb`);
    expect(thumb.status).toBe(200);
    expect((await thumb.arrayBuffer()).byteLength).toBeLessThan(fullBytes.byteLength);
  });

  it("never serves a private report's photo to anyone but those who see the report", async () => {
    const url = `/api/feedback/photos/${fixtures.photoOfPrivate}`;
    expect((await api.request(url)).status).toBe(404);
    expect((await api.request(url, {}, { as: callers.binh })).status).toBe(404);
    expect((await api.request(`${url}?size=thumb`, {}, { as: callers.qldtOfficer })).status).toBe(404);
    const owner = await api.request(url, {}, { as: callers.an });
    expect(owner.status).toBe(200);
    expect(owner.headers.get('cache-control')).toBe('private, no-store');
    expect((await api.request(url, {}, { as: callers.himLamOfficer })).status).toBe(200);
    expect((await api.request('/api/feedback/photos/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await api.request('/api/feedback/photos/nope')).status).toBe(400);
  });
});

describe('GET /reports/mine', () => {
  it('lists what the caller filed or follows, private ones included, and nobody else\'s', async () => {
    expect((await get('/reports/mine')).status).toBe(401);
    const mine = await allPages('/reports/mine', callers.an, 4);
    const codes = mine.map((item) => item.code);
    expect(codes).toEqual(expect.arrayContaining([CODES.lightingPublic, CODES.privateOfAn, CODES.closed, CODES.answered]));
    expect(codes).not.toContain(CODES.privateOfBinhOverdue);
    expect(new Set(codes).size).toBe(codes.length);
    const page = await get<ReportPage>('/reports/mine', callers.an);
    expect(page.headers.get('cache-control')).toBe('private, no-store');

    const binh = await allPages('/reports/mine', callers.binh);
    expect(binh.map((item) => item.code)).not.toContain(CODES.privateOfAn);
    expect(binh.map((item) => item.code)).toContain(CODES.privateOfBinhOverdue);
    expect((await get('/reports/mine?limit=51', callers.an)).status).toBe(400);
  });
});

describe('GET /office/reports and /office/counts', () => {
  it("shows an officer only their unit's reports, and refuses citizens and other units", async () => {
    const all = await allPages('/office/reports?bucket=all', callers.qldtOfficer, 5);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((item) => item.unit.id === 'phong-qldt-tp-dbp')).toBe(true);
    const expected = await api.context.db.select({ code: reports.code }).from(reports).where(inArray(reports.unitId, ['phong-qldt-tp-dbp']));
    expect(all.map((item) => item.code).sort()).toEqual(expected.map((row) => row.code).sort());

    expect((await get('/office/reports')).status).toBe(401);
    expect((await get('/office/reports', callers.an)).status).toBe(403);
    expect((await get('/office/reports?unit=ubnd-phuong-him-lam', callers.qldtOfficer)).status).toBe(403);
    expect((await get('/office/reports?limit=51', callers.qldtOfficer)).status).toBe(400);
    expect((await get('/office/reports?bucket=later', callers.qldtOfficer)).status).toBe(400);
  });

  it('sorts reports into the buckets', async () => {
    const bucket = async (name: string, caller = callers.qldtOfficer) =>
      (await allPages(`/office/reports?bucket=${name}`, caller)).map((item) => item.code);
    expect(await bucket('new')).toEqual(expect.arrayContaining([CODES.lightingPublic, CODES.dueSoon]));
    expect(await bucket('new')).not.toContain(CODES.reopened);
    expect(await bucket('in_progress')).toContain(CODES.reopened);
    expect(await bucket('reopened')).toEqual(expect.arrayContaining([CODES.reopened]));
    expect(await bucket('reopened')).not.toContain(CODES.lightingPublic);
    expect(await bucket('due_soon')).toContain(CODES.dueSoon);
    expect(await bucket('due_soon')).not.toContain(CODES.lightingPublic);
    const himLamOverdue = await bucket('overdue', callers.himLamOfficer);
    expect(himLamOverdue).toContain(CODES.privateOfBinhOverdue);
    expect(await bucket('done', callers.himLamOfficer)).toEqual(expect.arrayContaining([CODES.closed, CODES.rejected]));
    expect(await bucket('answered', callers.dienLucOfficer)).toContain(CODES.answered);
  });

  it('counts each bucket exactly as the lists show it', async () => {
    for (const caller of [callers.qldtOfficer, callers.himLamOfficer]) {
      const counts = await get<InboxCounts>('/office/counts', caller);
      expect(counts.status).toBe(200);
      expect(counts.headers.get('cache-control')).toBe('private, no-store');
      for (const bucket of INBOX_BUCKETS) {
        const listed = await allPages(`/office/reports?bucket=${bucket}`, caller);
        expect({ bucket, count: counts.body[bucket] }).toEqual({ bucket, count: listed.length });
      }
    }
    expect((await get('/office/counts', callers.binh)).status).toBe(403);
  });

  it('searches code and description ignoring case and diacritics', async () => {
    const search = async (q: string) =>
      (await allPages(`/office/reports?q=${encodeURIComponent(q)}`, callers.qldtOfficer)).map((item) => item.code);
    expect(await search('den duong')).toContain(CODES.lightingPublic);
    expect(await search('ĐÈN ĐƯỜNG')).toContain(CODES.lightingPublic);
    expect(await search('pa-2019-000008')).toEqual([CODES.dueSoon]);
    expect(await search('100%')).toEqual([]);
    const filtered = await allPages('/office/reports?category=street-lighting&ward=phuong-him-lam', callers.qldtOfficer);
    expect(filtered.every((item) => item.category.id === 'street-lighting' && item.place.ward?.id === 'phuong-him-lam')).toBe(true);
  });
});

describe('GET /office/reports/{code}/audit', () => {
  it('shows the audit trail to the lead of the unit and to admins only', async () => {
    const lead = await get<{ items: Array<{ action: string; actorSub: string; before: unknown; after: unknown }> }>(
      `/office/reports/${CODES.lightingPublic}/audit`,
      callers.qldtLead,
    );
    expect(lead.status).toBe(200);
    expect(lead.headers.get('cache-control')).toBe('private, no-store');
    expect(lead.body.items).toEqual([expect.objectContaining({ action: 'note', actorSub: 'officer-lan', before: { version: 1 }, after: { version: 2 } })]);
    expect((await get(`/office/reports/${CODES.lightingPublic}/audit`, callers.admin)).status).toBe(200);
    expect((await get(`/office/reports/${CODES.lightingPublic}/audit`, callers.qldtOfficer)).status).toBe(403);
    expect((await get(`/office/reports/${CODES.lightingPublic}/audit`, callers.an)).status).toBe(403);
    expect((await get(`/office/reports/${CODES.lightingPublic}/audit`)).status).toBe(401);
    // A private report of another unit: not even its existence.
    expect((await get(`/office/reports/${CODES.privateOfAn}/audit`, callers.qldtLead)).status).toBe(404);
  });
});
