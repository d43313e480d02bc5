import { asc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller } from '@portal/module-kit/testing';
import type { CreatedReport, ReportDetail } from '../../contract/schemas.js';
import { auditLog, outbox, photos, reports } from '../../db/schema.js';
import { addWorkingDays } from '@portal/module-kit';
import { loadHolidays } from '../../domain/holidays.js';
import {
  admin,
  citizen,
  createReport,
  jpegUpload,
  multipart,
  newKey,
  otherCitizen,
  postJson,
  powerOfficer,
  reportInput,
  startWritesApi,
  storedReportFiles,
  urbanOfficer,
  wardOfficer,
  type Upload,
  type WritesHarness,
} from './test-fixtures.js';

/*
 * The officer workflow and the reporter's rating, through the HTTP routes on a real database: each step
 * checks the answer, the outbox rows (with who is notified) and what each kind of viewer sees of the
 * timeline.
 */

const powerLead = testCaller({ sub: 'officer-13-lead', name: 'Trưởng Điện lực', roles: ['officer', 'unit_lead'], units: ['dien-luc-tp-dbp'] });

let h: WritesHarness;
beforeAll(async () => {
  h = await startWritesApi();
}, 120_000);
afterAll(() => h?.close());

const db = () => h.api.database.db;
type Caller = ReturnType<typeof testCaller>;

async function fileReport(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await createReport(h, { report: reportInput(overrides) });
  expect(res.status).toBe(201);
  return ((await res.json()) as CreatedReport).code;
}

async function detail(code: string, as?: Caller): Promise<ReportDetail> {
  const res = await h.api.request(`/api/feedback/reports/${code}`, undefined, { as });
  expect(res.status).toBe(200);
  return (await res.json()) as ReportDetail;
}

async function act(code: string, action: string, body: Record<string, unknown>, as: Caller = urbanOfficer): Promise<Response> {
  return postJson(h, `/office/reports/${code}/${action}`, body, as);
}

async function ok(res: Response): Promise<ReportDetail> {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ReportDetail;
}

async function problemOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  return (await res.json()) as { type: string; allowed?: string[]; currentVersion?: number };
}

function answerRequest(code: string, body: unknown, uploads: readonly Upload[], as: Caller, key?: string): Promise<Response> {
  return h.api.request(
    `/api/feedback/office/reports/${code}/answer`,
    { method: 'POST', headers: key ? { 'idempotency-key': key } : {}, body: multipart('answer', body, uploads) },
    { as },
  );
}

/** The outbox rows of a report, oldest first. */
async function events(code: string) {
  return db().select().from(outbox).where(eq(outbox.subject, code)).orderBy(asc(outbox.occurredAt));
}
const lastEvent = async (code: string) => (await events(code)).at(-1)!;
const recipients = (event: { notify: Array<{ recipientSub: string }> | null }) => (event.notify ?? []).map((n) => n.recipientSub).sort();
const kinds = (view: ReportDetail) => view.timeline.map((entry) => entry.kind);

describe('officer workflow: accept → forward → answer → not satisfied → answer → satisfied', () => {
  let code: string;

  beforeAll(async () => {
    code = await fileReport();
    const follow = await h.api.request(`/api/feedback/reports/${code}/follow`, { method: 'POST' }, { as: otherCitizen });
    expect(follow.status).toBe(204);
  });

  it('lets only officers of the current unit act: another unit 404, the ward 404, an admin 403, a citizen 403', async () => {
    expect((await act(code, 'accept', { version: 1 }, powerOfficer)).status).toBe(404);
    expect((await act(code, 'accept', { version: 1 }, wardOfficer)).status).toBe(404);
    expect((await act(code, 'accept', { version: 1 }, admin)).status).toBe(403);
    expect((await act(code, 'accept', { version: 1 }, citizen)).status).toBe(403);
    expect((await detail(code, urbanOfficer)).can.act).toEqual(['accept', 'reject', 'forward', 'assign', 'note', 'extend', 'answer']);
    expect((await detail(code, powerOfficer)).can.act).toEqual([]);
  });

  it('refuses a stale version with 409 stale-version and changes nothing', async () => {
    const body = await problemOf(await act(code, 'accept', { version: 7 }), 409);
    expect(body).toMatchObject({ type: '/problems/stale-version', currentVersion: 1 });
    expect((await detail(code)).status).toBe('submitted');
  });

  it('accepts: in progress, public timeline entry, reporter and follower notified (never the officer)', async () => {
    const view = await ok(await act(code, 'accept', { version: 1 }));
    expect(view).toMatchObject({ status: 'in_progress', version: 2 });
    const event = await lastEvent(code);
    expect(event).toMatchObject({ type: 'feedback.status_changed', data: { code, from: 'submitted', to: 'in_progress', unitId: 'phong-qldt-tp-dbp', action: 'accept' } });
    expect(recipients(event)).toEqual([citizen.sub, otherCitizen.sub].sort());
    expect(event.notify![0]).toMatchObject({ link: `/m/feedback/reports/${code}` });
    expect(event.notify![0]!.title.vi).toContain(code);
    expect(kinds(await detail(code))).toEqual(['submitted', 'accepted']);
  });

  it('answers an action not allowed now with 409 illegal-transition listing what is allowed', async () => {
    const body = await problemOf(await act(code, 'accept', { version: 2 }), 409);
    expect(body.type).toBe('/problems/illegal-transition');
    expect(body.allowed).toEqual(['answer', 'forward', 'reject', 'assign', 'note', 'extend']);
    expect((await problemOf(await postJson(h, `/reports/${code}/rating`, { value: 'satisfied', version: 2 }, citizen), 409)).allowed).toEqual([]);
  });

  it('keeps internal notes from the reporter and the public', async () => {
    await ok(await act(code, 'note', { version: 2, text: 'Đã gọi đội điện chiếu sáng kiểm tra, chờ vật tư.' }));
    expect(kinds(await detail(code, urbanOfficer))).toContain('note');
    expect(kinds(await detail(code, citizen))).not.toContain('note');
    expect(kinds(await detail(code))).not.toContain('note');
    const event = await lastEvent(code);
    expect(event).toMatchObject({ data: { action: 'note', from: 'in_progress', to: 'in_progress' }, notify: null });
    expect(JSON.stringify(event.data)).not.toContain('vật tư');
  });

  it('forwards to the Electricity company: submitted there, the citizen sees who has it, the old unit loses it', async () => {
    const bad = await act(code, 'forward', { version: 3, unitId: 'no-such-unit', reason: 'Chuyển cho đơn vị phụ trách lưới điện.' });
    expect(bad.status).toBe(422);
    const view = await ok(await act(code, 'forward', { version: 3, unitId: 'dien-luc-tp-dbp', reason: 'Cột đèn thuộc lưới điện do Điện lực quản lý.' }));
    expect(view).toMatchObject({ status: 'submitted', unit: { id: 'dien-luc-tp-dbp' }, can: { act: [] } });
    const publicView = await detail(code);
    const forwarded = publicView.timeline.find((entry) => entry.kind === 'forwarded')!;
    expect(forwarded).toMatchObject({ visibility: 'public', unit: { id: 'dien-luc-tp-dbp' } });
    const event = await lastEvent(code);
    expect(event).toMatchObject({ data: { action: 'forward', to: 'submitted', unitId: 'dien-luc-tp-dbp' } });
    expect(recipients(event)).toEqual([citizen.sub, otherCitizen.sub].sort());
    expect((await act(code, 'note', { version: 4, text: 'Ghi chú muộn' })).status).toBe(404);
    expect((await detail(code, powerOfficer)).can.act).toContain('accept');
  });

  it('answers directly (acceptance implied) with a photo, once per Idempotency-Key, without EXIF/GPS', async () => {
    await ok(await act(code, 'assign', { version: 4, handlerSub: 'officer-13', handlerName: 'Hoàng Điện Lực' }, powerOfficer));
    const key = newKey();
    const uploads = [await jpegUpload('#aa8800')];
    const body = { version: 5, text: 'Điện lực đã thay bóng đèn và sửa dây dẫn, đèn sáng bình thường từ tối nay.' };
    const view = await ok(await answerRequest(code, body, uploads, powerOfficer, key));
    expect(view.status).toBe('answered');
    expect(view.answer).toMatchObject({ text: body.text, unit: { id: 'dien-luc-tp-dbp' } });
    expect(view.answer!.photos).toHaveLength(1);
    const retry = await answerRequest(code, body, uploads, powerOfficer, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');

    const row = (await db().select().from(reports).where(eq(reports.code, code)))[0]!;
    const answerPhotos = await db().select().from(photos).where(eq(photos.reportId, row.id));
    expect(answerPhotos.filter((photo) => photo.purpose === 'answer')).toHaveLength(1);
    expect(await storedReportFiles(h, row.id)).toHaveLength(4); // report photo + answer photo, each full + thumb
    const stored = await h.api.context.files.get(answerPhotos.find((photo) => photo.purpose === 'answer')!.fullKey);
    expect((await sharp(stored!.data).metadata()).exif).toBeUndefined();

    const event = await lastEvent(code);
    expect(event).toMatchObject({ data: { action: 'answer', from: 'submitted', to: 'answered' } });
    expect(recipients(event)).toEqual([citizen.sub, otherCitizen.sub].sort());
    expect(kinds(await detail(code)).at(-1)).toBe('answered');
    expect((await detail(code, citizen)).can.rate).toBe(true);
  });

  it('refuses a rating from someone who did not file the report', async () => {
    expect((await postJson(h, `/reports/${code}/rating`, { value: 'satisfied', version: 6 }, otherCitizen)).status).toBe(403);
    expect((await postJson(h, `/reports/${code}/rating`, { value: 'satisfied', version: 6 }, urbanOfficer)).status).toBe(403);
  });

  it('reopens on "not satisfied": in progress, new deadline, handler cleared, in the lead’s reopened bucket', async () => {
    const before = Date.now();
    const view = await ok(await postJson(h, `/reports/${code}/rating`, { value: 'not_satisfied', comment: 'Đèn lại tắt sau hai hôm.', version: 6 }, citizen));
    expect(view).toMatchObject({ status: 'in_progress', reopenCount: 1, rating: { value: 'not_satisfied' }, handler: null });
    const holidays = await loadHolidays(db());
    const expectedDue = addWorkingDays(new Date(before), 10, holidays).getTime();
    expect(Math.abs(Date.parse(view.dueAt) - expectedDue)).toBeLessThan(24 * 3600 * 1000);

    const all = await events(code);
    const [rated, reopened] = all.slice(-2);
    expect(rated).toMatchObject({ type: 'feedback.rated', data: { code, value: 'not_satisfied' } });
    expect(reopened).toMatchObject({ type: 'feedback.status_changed', data: { action: 'reopen', from: 'answered', to: 'in_progress' } });
    expect(recipients(reopened!)).toEqual([otherCitizen.sub]);
    expect(kinds(await detail(code)).slice(-1)).toEqual(['reopened']);
    expect(kinds(await detail(code, citizen)).slice(-2)).toEqual(['rated', 'reopened']);

    const inbox = await h.api.request('/api/feedback/office/reports?bucket=reopened', undefined, { as: powerLead });
    expect(inbox.status).toBe(200);
    expect(((await inbox.json()) as { items: Array<{ code: string }> }).items.map((item) => item.code)).toContain(code);
  });

  it('answers again and closes on "satisfied"; nothing more is allowed afterwards', async () => {
    const version = (await detail(code, powerOfficer)).version;
    await ok(await answerRequest(code, { version, text: 'Đã thay toàn bộ dây dẫn và bộ điều khiển của cột đèn, kiểm tra ba đêm liền.' }, [], powerOfficer));
    const view = await ok(await postJson(h, `/reports/${code}/rating`, { value: 'satisfied', version: version + 1 }, citizen));
    expect(view).toMatchObject({ status: 'closed', rating: { value: 'satisfied' } });
    const event = await lastEvent(code);
    expect(event).toMatchObject({ type: 'feedback.status_changed', data: { from: 'answered', to: 'closed' } });
    expect(recipients(event)).toEqual([otherCitizen.sub]);
    expect((await problemOf(await act(code, 'note', { version: version + 2, text: 'Thêm' }, powerOfficer), 409)).allowed).toEqual([]);
  });

  it('left one audit row per action with the report before and after', async () => {
    const row = (await db().select().from(reports).where(eq(reports.code, code)))[0]!;
    const audit = await db().select().from(auditLog).where(eq(auditLog.reportId, row.id)).orderBy(asc(auditLog.id));
    expect(audit.map((entry) => entry.action)).toEqual(['submit', 'accept', 'note', 'forward', 'assign', 'answer', 'rate', 'answer', 'rate']);
    expect(audit[3]).toMatchObject({ actorSub: urbanOfficer.sub, before: { unitId: 'phong-qldt-tp-dbp', status: 'in_progress' }, after: { unitId: 'dien-luc-tp-dbp', status: 'submitted' } });
    expect(JSON.stringify(audit)).not.toContain('001090000001');
  });
});

describe('other officer actions', () => {
  it('rejects with a reason the citizen sees', async () => {
    const code = await fileReport();
    const view = await ok(await act(code, 'reject', { version: 1, reason: 'Cột đèn thuộc khu dân cư tự quản, không phải chiếu sáng công cộng.' }));
    expect(view.status).toBe('rejected');
    const entry = (await detail(code, citizen)).timeline.find((item) => item.kind === 'rejected');
    expect(entry).toMatchObject({ visibility: 'public', text: expect.stringContaining('tự quản') });
    const late = await answerRequest(code, { version: 2, text: 'Một câu trả lời đến sau khi đã từ chối phản ánh.' }, [], urbanOfficer);
    expect((await problemOf(late, 409)).allowed).toEqual([]);
  });

  it('extends the deadline by working days; the reporter sees why, the public does not', async () => {
    const code = await fileReport();
    const before = await detail(code, urbanOfficer);
    const view = await ok(await act(code, 'extend', { version: 1, workingDays: 3, reason: 'Chờ vật tư thay thế từ nhà cung cấp.' }));
    const expected = addWorkingDays(new Date(before.dueAt), 3, await loadHolidays(db()));
    expect(view.dueAt).toBe(expected.toISOString());
    expect(kinds(await detail(code, citizen))).toContain('deadline_extended');
    expect(kinds(await detail(code))).not.toContain('deadline_extended');
    expect(recipients(await lastEvent(code))).toEqual([citizen.sub]);
  });

  it('assigns a handler inside the unit only', async () => {
    const code = await fileReport();
    const view = await ok(await act(code, 'assign', { version: 1, handlerSub: 'officer-12', handlerName: 'Lê Văn Đô Thị' }));
    expect(view.handler).toEqual({ sub: 'officer-12', name: 'Lê Văn Đô Thị' });
    expect(kinds(await detail(code, citizen))).not.toContain('assigned');
  });

  it('validates bodies with field errors (400) and stores nothing', async () => {
    const code = await fileReport();
    const res = await act(code, 'reject', { version: 1, reason: 'ngắn' });
    expect(res.status).toBe(400);
    expect(Object.keys(((await res.json()) as { errors: object }).errors)).toEqual(['reason']);
    expect((await detail(code)).status).toBe('submitted');
  });

  it('answers 204 to a forward of a private report the officer can no longer see', async () => {
    const code = await fileReport({ isPublic: false });
    const res = await act(code, 'forward', { version: 1, unitId: 'ubnd-phuong-him-lam', reason: 'Thuộc thẩm quyền của phường Him Lam.' });
    expect(res.status).toBe(204);
    expect((await detail(code, wardOfficer)).can.act).toContain('accept');
    expect((await h.api.request(`/api/feedback/reports/${code}`, undefined, { as: urbanOfficer })).status).toBe(404);
  });

  it('does not follow a private report (404) and unfollows idempotently', async () => {
    const privateCode = await fileReport({ isPublic: false });
    expect((await h.api.request(`/api/feedback/reports/${privateCode}/follow`, { method: 'POST' }, { as: otherCitizen })).status).toBe(404);
    const code = await fileReport();
    for (let i = 0; i < 2; i += 1) {
      expect((await h.api.request(`/api/feedback/reports/${code}/follow`, { method: 'POST' }, { as: otherCitizen })).status).toBe(204);
    }
    expect((await detail(code)).followers).toBe(1);
    for (let i = 0; i < 2; i += 1) {
      expect((await h.api.request(`/api/feedback/reports/${code}/follow`, { method: 'DELETE' }, { as: otherCitizen })).status).toBe(204);
    }
    expect((await detail(code)).followers).toBe(0);
  });
});
