import { sql } from 'drizzle-orm';
import { startModuleApi, testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotlinesModule } from '../../module.js';
import type { AuditPage, ManagedFacility } from '../contract/admin-schemas.js';
import type { FacilityPage } from '../contract/schemas.js';

/*
 * Business logic of the admin API. Callers are set with the harness's `as` (no token): these tests say
 * what an admin may do and what gets recorded, not how sign-on works — the gateway's tests do that
 * with real tokens from its provider.
 */

const admin = testCaller({ sub: 'admin-99', name: 'Quản trị viên', roles: ['admin'] });
const otherAdmin = testCaller({ sub: 'admin-98', name: 'Người quản trị thứ hai', roles: ['admin'] });
const citizen = testCaller({ sub: 'citizen-1', name: 'Nguyễn Văn An', roles: ['citizen'] });
const officer = testCaller({ sub: 'officer-11', roles: ['officer', 'unit_lead'], units: ['ubnd-phuong-him-lam'] });

let api: ModuleApiHarness;
beforeAll(async () => {
  api = await startModuleApi(hotlinesModule);
}, 60_000);
afterAll(() => api?.close());

type As = { as?: ReturnType<typeof testCaller> };
const send = (method: string, path: string, body?: unknown, options: As & { headers?: Record<string, string> } = {}) =>
  api.request(
    `/api/hotlines${path}`,
    {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    },
    { as: options.as },
  );

const newLine = (overrides: Record<string, unknown> = {}) => ({
  kind: 'health_center',
  name: { vi: 'Trạm Y tế xã Thanh Xương', en: 'Thanh Xuong Commune Health Station' },
  number: '0215 3926 115',
  address: 'Xã Thanh Xương, huyện Điện Biên',
  location: { lat: 21.3375, lng: 103.0168 },
  open24h: true,
  ...overrides,
});

async function rowCount(table: 'lines' | 'audit_log'): Promise<number> {
  const result = await api.database.db.execute(sql.raw(`select count(*)::int as n from hotlines.${table}`));
  return (result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
}
const search = async (q: string) => {
  const res = await api.request(`/api/hotlines/facilities?q=${encodeURIComponent(q)}&pageSize=100`);
  return ((await res.json()) as FacilityPage).items.map((item) => item.id);
};
async function auditFor(lineId: string): Promise<AuditPage['items']> {
  const res = await send('GET', `/audit?lineId=${lineId}`, undefined, { as: admin });
  return ((await res.json()) as AuditPage).items;
}
async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { type: string; detail: string; errors?: Record<string, string[]> };
}

describe('who may use the admin API (module level)', () => {
  const writes: Array<[string, string, unknown]> = [
    ['POST', '/facilities', newLine()],
    ['PATCH', '/facilities/tuan-giao-police', { version: 1, number: '0215 3862 113' }],
    ['DELETE', '/facilities/tuan-giao-police', undefined],
    ['GET', '/audit', undefined],
    ['GET', '/facilities/tuan-giao-police/managed', undefined],
  ];

  it.each(writes)('%s %s: anonymous → 401 with a Bearer challenge, nothing stored', async (method, path, body) => {
    const [lines, audits] = [await rowCount('lines'), await rowCount('audit_log')];
    const res = await send(method, path, body);
    const problem = await expectProblem(res, 401);
    expect(problem.type).toBe('/problems/unauthorized');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect([await rowCount('lines'), await rowCount('audit_log')]).toEqual([lines, audits]);
  });

  it.each(writes)('%s %s: citizen or officer → 403, nothing stored', async (method, path, body) => {
    for (const caller of [citizen, officer]) {
      const lines = await rowCount('lines');
      const problem = await expectProblem(await send(method, path, body, { as: caller }), 403);
      expect(problem.detail).toBe('This needs one of the roles: admin.');
      expect(await rowCount('lines')).toBe(lines);
    }
  });

  it('checks the role before the body, so strangers learn nothing about the input rules', async () => {
    expect((await send('POST', '/facilities', { nonsense: true })).status).toBe(401);
    expect((await send('POST', '/facilities', { nonsense: true }, { as: citizen })).status).toBe(403);
  });

  it('keeps the public reads public', async () => {
    expect((await send('GET', '/facilities/tuan-giao-police')).status).toBe(200);
    expect((await send('GET', '/emergency')).status).toBe(200);
  });
});

describe('POST /facilities', () => {
  it('creates a local line with a slug id, dialable tel and version 1, searchable without diacritics at once', async () => {
    const res = await send('POST', '/facilities', newLine({ name: { vi: 'Trạm Y tế xã Noong Hẹt' } }), { as: admin });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const created = (await res.json()) as ManagedFacility;
    expect(created).toMatchObject({
      id: 'tram-y-te-xa-noong-het',
      scope: 'local',
      name: { vi: 'Trạm Y tế xã Noong Hẹt', en: 'Trạm Y tế xã Noong Hẹt' },
      number: '0215 3926 115',
      tel: '02153926115',
      version: 1,
      description: null,
    });
    expect(res.headers.get('location')).toBe('/api/hotlines/facilities/tram-y-te-xa-noong-het');
    expect(await search('tram y te noong het')).toEqual(['tram-y-te-xa-noong-het']);
    const publicView = await send('GET', '/facilities/tram-y-te-xa-noong-het');
    expect(await publicView.json()).toMatchObject({ name: { vi: 'Trạm Y tế xã Noong Hẹt' } });
  });

  it('audits the create: who (sub and name), when, and the line after', async () => {
    const before = Date.now();
    const created = (await (await send('POST', '/facilities', newLine({ id: 'thanh-xuong-health-station' }), { as: admin })).json()) as ManagedFacility;
    const [entry, ...rest] = await auditFor('thanh-xuong-health-station');
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: 'create', actor: { sub: 'admin-99', name: 'Quản trị viên' }, before: null, after: created });
    expect(Date.parse(entry!.at)).toBeGreaterThanOrEqual(before - 5_000);
  });

  it('keeps the change and its audit entry together: when the audit write fails, the line is not created', async () => {
    // A real constraint makes the audit insert fail for this one id, after the line insert succeeded.
    await api.database.db.execute(sql`alter table hotlines.audit_log add constraint audit_fails_check check (line_id <> 'audit-fails')`);
    try {
      const res = await send('POST', '/facilities', newLine({ id: 'audit-fails' }), { as: admin });
      expect(res.status).toBe(500);
      await expectProblem(await send('GET', '/facilities/audit-fails'), 404);
    } finally {
      await api.database.db.execute(sql`alter table hotlines.audit_log drop constraint audit_fails_check`);
    }
  });

  it('stores text in one Unicode form, so decomposed input is still found', async () => {
    const decomposed = 'Trạm Y tế xã Mường Pồn'.normalize('NFD');
    const res = await send('POST', '/facilities', newLine({ name: { vi: decomposed, en: 'Muong Pon Health Station' } }), { as: admin });
    expect(res.status).toBe(201);
    expect(await search('muong pon')).toEqual([((await res.json()) as ManagedFacility).id]);
  });

  it('refuses an id that is taken with 409, storing nothing', async () => {
    const audits = await rowCount('audit_log');
    const problem = await expectProblem(await send('POST', '/facilities', newLine({ id: 'tuan-giao-police' }), { as: admin }), 409);
    expect(problem.detail).toContain('tuan-giao-police');
    expect(await rowCount('audit_log')).toBe(audits);
  });

  it.each([
    ['no name', newLine({ name: undefined }), 'name'],
    ['an empty Vietnamese name', newLine({ name: { vi: '   ', en: 'x' } }), 'name.vi'],
    ['an unknown kind', newLine({ kind: 'bakery' }), 'kind'],
    ['letters in the number', newLine({ number: '0215 ABC' }), 'number'],
    ['too few digits', newLine({ number: '11' }), 'number'],
    ['a latitude past 90', newLine({ location: { lat: 91, lng: 103 } }), 'location.lat'],
    ['a bad id', newLine({ id: 'Bệnh viện' }), 'id'],
    ['a field the API does not take', newLine({ scope: 'national' }), '_'],
    ['open24h as text', newLine({ open24h: 'yes' }), 'open24h'],
  ])('answers %s with 400 and field errors, storing nothing', async (_label, body, field) => {
    const [lines, audits] = [await rowCount('lines'), await rowCount('audit_log')];
    const problem = await expectProblem(await send('POST', '/facilities', body, { as: admin }), 400);
    expect(problem.type).toBe('/problems/validation-error');
    expect(Object.keys(problem.errors ?? {})).toContain(field);
    expect([await rowCount('lines'), await rowCount('audit_log')]).toEqual([lines, audits]);
  });

  it('answers malformed JSON with 400 and a form post with 415', async () => {
    expect((await expectProblem(await send('POST', '/facilities', '{"kind":', { as: admin }), 400)).type).toBe('/problems/malformed-json');
    const form = await api.request('/api/hotlines/facilities', { method: 'POST', body: new URLSearchParams({ kind: 'police' }) }, { as: admin });
    expect(form.status).toBe(415);
  });
});

describe('POST /facilities with Idempotency-Key', () => {
  const withKey = (key: string) => ({ as: admin, headers: { 'idempotency-key': key } });

  it('answers a retry with the same key and body with the first result and creates nothing new', async () => {
    const body = newLine({ name: { vi: 'Trạm Y tế xã Na Tông', en: 'Na Tong Health Station' } });
    const first = await send('POST', '/facilities', body, withKey('retry-key-0001'));
    expect(first.status).toBe(201);
    const [lines, audits] = [await rowCount('lines'), await rowCount('audit_log')];
    const again = await send('POST', '/facilities', { ...body, kind: 'health_center' }, withKey('retry-key-0001'));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect([await rowCount('lines'), await rowCount('audit_log')]).toEqual([lines, audits]);
    expect(await search('na tong')).toHaveLength(1);
  });

  it('refuses the same key with a different body (422), creating nothing', async () => {
    await send('POST', '/facilities', newLine({ id: 'key-reuse-a' }), withKey('retry-key-0002'));
    const lines = await rowCount('lines');
    const problem = await expectProblem(await send('POST', '/facilities', newLine({ id: 'key-reuse-b' }), withKey('retry-key-0002')), 422);
    expect(problem.type).toBe('/problems/idempotency-key-reused');
    expect(await rowCount('lines')).toBe(lines);
  });

  it('keeps keys per caller: another admin with the same key gets a result of their own', async () => {
    const body = newLine({ name: { vi: 'Trạm Y tế xã Pá Khoang', en: 'Pa Khoang Health Station' } });
    const mine = (await (await send('POST', '/facilities', body, withKey('shared-key-0003'))).json()) as ManagedFacility;
    const theirs = await send('POST', '/facilities', body, { as: otherAdmin, headers: { 'idempotency-key': 'shared-key-0003' } });
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(((await theirs.json()) as ManagedFacility).id).not.toBe(mine.id);
  });

  it('creates once when the same request is sent several times at the same moment', async () => {
    const body = newLine({ name: { vi: 'Trạm Y tế xã Mường Nhà', en: 'Muong Nha Health Station' } });
    const answers = await Promise.all([1, 2, 3].map(() => send('POST', '/facilities', body, withKey('parallel-key-0004'))));
    const ids = await Promise.all(answers.map(async (res) => ((await res.json()) as ManagedFacility).id));
    expect(answers.map((res) => res.status)).toEqual([201, 201, 201]);
    expect(new Set(ids).size).toBe(1);
    expect(await search('muong nha')).toEqual([ids[0]]);
  });

  it('does not use up a key on a failed request: a corrected retry with it creates the line', async () => {
    const taken = await send('POST', '/facilities', newLine({ id: 'tuan-giao-police' }), withKey('retry-key-0005'));
    expect(taken.status).toBe(409);
    const corrected = await send('POST', '/facilities', newLine({ id: 'thanh-xuong-health-station-2' }), withKey('retry-key-0005'));
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a key that is too short', async () => {
    const problem = await expectProblem(await send('POST', '/facilities', newLine(), withKey('abc')), 400);
    expect(Object.keys(problem.errors ?? {})).toContain('idempotency-key');
  });
});

describe('PATCH /facilities/{id}', () => {
  const managed = async (id: string) =>
    (await (await send('GET', `/facilities/${id}/managed`, undefined, { as: admin })).json()) as ManagedFacility;

  it('changes the fields sent, bumps the version, keeps search right and audits before and after', async () => {
    const before = await managed('tuan-giao-police');
    const res = await send(
      'PATCH',
      '/facilities/tuan-giao-police',
      { version: before.version, name: { vi: 'Công an huyện Tuần Giáo (trực ban)', en: 'Tuan Giao District Police (duty desk)' }, address: null },
      { as: admin },
    );
    expect(res.status).toBe(200);
    const after = (await res.json()) as ManagedFacility;
    expect(after).toMatchObject({ version: before.version + 1, address: null, number: before.number, kind: 'police' });
    expect(await search('truc ban tuan giao')).toEqual(['tuan-giao-police']);
    const [entry] = await auditFor('tuan-giao-police');
    expect(entry).toMatchObject({ action: 'update', actor: { sub: 'admin-99' }, before, after });
  });

  it('re-derives the dialable tel from a new number', async () => {
    const current = await managed('tua-chua-police');
    const res = await send('PATCH', '/facilities/tua-chua-police', { version: current.version, number: '+84 215 3999 113' }, { as: admin });
    expect(await res.json()).toMatchObject({ number: '+84 215 3999 113', tel: '+842153999113' });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const current = await managed('dien-bien-provincial-hospital');
    const first = await send('PATCH', '/facilities/dien-bien-provincial-hospital', { version: current.version, displayOrder: 1 }, { as: admin });
    expect(first.status).toBe(200);
    const audits = await rowCount('audit_log');
    const stale = await send('PATCH', '/facilities/dien-bien-provincial-hospital', { version: current.version, displayOrder: 2 }, { as: otherAdmin });
    const problem = await expectProblem(stale, 409);
    expect(problem.detail).toMatch(/changed by someone else.*version \d+, it is now \d+/);
    expect((await managed('dien-bien-provincial-hospital')).displayOrder).toBe(1);
    expect(await rowCount('audit_log')).toBe(audits);
  });

  it('refuses national emergency numbers with a clear 409', async () => {
    const problem = await expectProblem(await send('PATCH', '/facilities/national-113', { version: 1, number: '999' }, { as: admin }), 409);
    expect(problem.detail).toContain('"113" is a national emergency number');
  });

  it('answers 404 for an unknown id and 400 for an empty or invalid change', async () => {
    await expectProblem(await send('PATCH', '/facilities/no-such-line', { version: 1, open24h: true }, { as: admin }), 404);
    const empty = await expectProblem(await send('PATCH', '/facilities/tuan-giao-police', { version: 2 }, { as: admin }), 400);
    expect(empty.errors?._?.[0]).toMatch(/at least one field/);
    const noVersion = await expectProblem(await send('PATCH', '/facilities/tuan-giao-police', { open24h: true }, { as: admin }), 400);
    expect(Object.keys(noVersion.errors ?? {})).toEqual(['version']);
    await expectProblem(await send('PATCH', '/facilities/tuan-giao-police', { version: 2, kind: 'bakery' }, { as: admin }), 400);
  });
});

describe('DELETE /facilities/{id}', () => {
  it('removes a local line, audits what it was, and the public API no longer has it', async () => {
    const before = (await (await send('GET', '/facilities/muong-cha-police/managed', undefined, { as: admin })).json()) as ManagedFacility;
    expect((await send('DELETE', '/facilities/muong-cha-police', undefined, { as: admin })).status).toBe(204);
    await expectProblem(await send('GET', '/facilities/muong-cha-police'), 404);
    const [entry] = await auditFor('muong-cha-police');
    expect(entry).toMatchObject({ action: 'delete', actor: { sub: 'admin-99', name: 'Quản trị viên' }, before, after: null });
    await expectProblem(await send('DELETE', '/facilities/muong-cha-police', undefined, { as: admin }), 404);
  });

  it('refuses to delete a national emergency number with a clear 409; it stays listed', async () => {
    const problem = await expectProblem(await send('DELETE', '/facilities/national-115', undefined, { as: admin }), 409);
    expect(problem.detail).toBe('"115" is a national emergency number, valid all over Vietnam; it cannot be deleted here.');
    const emergency = (await (await send('GET', '/emergency')).json()) as { items: Array<{ number: string }> };
    expect(emergency.items.map((line) => line.number)).toContain('115');
  });
});

describe('GET /audit', () => {
  it('pages the log newest first, never cached', async () => {
    const res = await send('GET', '/audit?pageSize=2', undefined, { as: admin });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = (await res.json()) as AuditPage;
    expect(page.total).toBe(await rowCount('audit_log'));
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    const second = (await (await send('GET', '/audit?pageSize=2&page=2', undefined, { as: admin })).json()) as AuditPage;
    expect(second.items[0]!.id).toBeLessThan(page.items[1]!.id);
  });

  it('answers a bad page size with 400', async () => {
    const problem = await expectProblem(await send('GET', '/audit?pageSize=101', undefined, { as: admin }), 400);
    expect(Object.keys(problem.errors ?? {})).toEqual(['pageSize']);
  });
});

describe('seed after admin changes', () => {
  it('keeps what admins changed or deleted, and still restores the national numbers', async () => {
    const edited = (await (await send('GET', '/facilities/tuan-giao-police/managed', undefined, { as: admin })).json()) as ManagedFacility;
    await hotlinesModule.db!.seed!(api.context);
    expect(await (await send('GET', '/facilities/tuan-giao-police/managed', undefined, { as: admin })).json()).toEqual(edited);
    expect((await send('GET', '/facilities/muong-cha-police')).status).toBe(404);
    expect(((await (await send('GET', '/emergency')).json()) as { items: unknown[] }).items).toHaveLength(5);
  });
});
