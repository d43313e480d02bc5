import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCaller, type ModuleApiHarness } from '@portal/module-kit/testing';
import {
  CITIZEN_ONLY_PROCEDURE,
  business,
  business2,
  citizen,
  helpers,
  jsonInit,
  newKey,
  officer,
  otherCitizen,
  startDossiersApi,
  type Helpers,
} from './test-fixtures.js';

let api: ModuleApiHarness;
let h: Helpers;
beforeAll(async () => {
  api = await startDossiersApi();
  h = helpers(api);
});
afterAll(() => api.close());

describe('starting a draft', () => {
  it('pre-fills the form from the business identity and shows what the applicant may do', async () => {
    const res = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId: 'dang-ky-ho-kinh-doanh' }), { as: business });
    expect(res.status).toBe(201);
    const draft = await res.json();
    expect(draft).toMatchObject({
      status: 'draft',
      code: null,
      applicantType: 'business',
      applicantName: 'Lò Văn Doanh',
      applicantIdNumber: '5600123456',
      orgTaxCode: '5600123456',
      orgName: 'Công ty TNHH Hoa Ban Điện Biên',
      form: { fullName: 'Lò Văn Doanh', taxCode: '5600123456' },
      can: { applicant: ['edit', 'attach', 'submit', 'delete'], office: [] },
      payment: { feeVnd: 100000, status: 'none', provider: null },
    });
    expect(draft.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['created']);
    expect(res.headers.get('location')).toBe(`/api/procedures/dossiers/${draft.id}`);
  });

  it('refuses a procedure not open to businesses (422) and an unknown one', async () => {
    const refused = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId: CITIZEN_ONLY_PROCEDURE }), { as: business });
    expect(refused.status).toBe(422);
    expect((await refused.json()).type).toBe('/problems/applicant-type-not-allowed');
    const unknown = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId: 'khong-co' }), { as: citizen });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors.procedureId).toHaveLength(1);
  });

  it('is idempotent with an Idempotency-Key', async () => {
    const key = newKey();
    const init = () => jsonInit('POST', { procedureId: 'dang-ky-ho-kinh-doanh' }, { 'idempotency-key': key });
    const first = await api.request('/api/procedures/dossiers', init(), { as: citizen });
    const again = await api.request('/api/procedures/dossiers', init(), { as: citizen });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect((await again.json()).id).toBe((await first.json()).id);
  });

  it('needs the identity the dossier is filed under (422)', async () => {
    const noId = testCaller({ sub: 'citizen-no-id', name: 'Chưa định danh', roles: ['citizen'] });
    const noOrg = testCaller({ sub: 'business-no-org', name: 'Chưa gắn doanh nghiệp', roles: ['business'] });
    for (const as of [noId, noOrg]) {
      const res = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId: 'dang-ky-ho-kinh-doanh' }), { as });
      expect(res.status).toBe(422);
      expect((await res.json()).type).toBe('/problems/identity-incomplete');
    }
  });

  it('is for applicants only', async () => {
    const res = await api.request('/api/procedures/dossiers', jsonInit('POST', { procedureId: 'dang-ky-ho-kinh-doanh' }), { as: officer });
    expect(res.status).toBe(403);
  });
});

describe('editing a draft', () => {
  it('saves values, drops unknown and hidden fields, and bumps the version', async () => {
    const { id, version } = await h.create(citizen);
    const res = await h.fill(citizen, id, { fullName: 'Nguyễn Văn An', capital: 1000, employeeCount: 3, hacker: 'x' });
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved.version).toBe(version + 1);
    expect(saved.form).toEqual({ fullName: 'Nguyễn Văn An', capital: 1000 });
  });

  it('answers 400 per field for values of the wrong type, and saves nothing', async () => {
    const { id, version } = await h.create(citizen);
    const res = await api.request(`/api/procedures/dossiers/${id}`, jsonInit('PATCH', { form: { capital: 'nhiều', fullName: 'A' }, version }), { as: citizen });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.errors)).toEqual(['capital']);
    expect((await h.row(id)).version).toBe(version);
  });

  it('answers 409 stale-version for an old version', async () => {
    const { id, version } = await h.create(citizen);
    await h.fill(citizen, id, { fullName: 'Một' });
    const res = await api.request(`/api/procedures/dossiers/${id}`, jsonInit('PATCH', { form: {}, version }), { as: citizen });
    expect(res.status).toBe(409);
    expect((await res.json()).type).toBe('/problems/stale-version');
  });

  it('hides a draft from everyone else (404), officers included', async () => {
    const { id, version } = await h.create(citizen);
    for (const as of [otherCitizen, officer]) {
      expect((await api.request(`/api/procedures/dossiers/${id}`, {}, { as })).status).toBe(404);
    }
    const patch = await api.request(`/api/procedures/dossiers/${id}`, jsonInit('PATCH', { form: {}, version }), { as: otherCitizen });
    expect(patch.status).toBe(404);
    expect((await api.request('/api/procedures/dossiers/not-a-uuid', {}, { as: citizen })).status).toBe(404);
  });

  it('deletes a draft with its files', async () => {
    const { id } = await h.create(citizen);
    expect((await h.attach(citizen, id, 'cccd')).status).toBe(201);
    expect((await api.request(`/api/procedures/dossiers/${id}`, { method: 'DELETE' }, { as: otherCitizen })).status).toBe(404);
    expect((await api.request(`/api/procedures/dossiers/${id}`, { method: 'DELETE' }, { as: citizen })).status).toBe(204);
    expect((await api.request(`/api/procedures/dossiers/${id}`, {}, { as: citizen })).status).toBe(404);
  });
});

describe('the list', () => {
  it('shows a business representative every dossier of the enterprise, a citizen only theirs', async () => {
    const mine = await h.create(business);
    const colleague = await h.create(business2);
    const res = await api.request('/api/procedures/dossiers?limit=50', {}, { as: business2 });
    const ids = (await res.json()).items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, colleague.id]));
    const other = await api.request('/api/procedures/dossiers?limit=50', {}, { as: otherCitizen });
    expect((await other.json()).items).toEqual([]);
  });

  it('pages newest first with a cursor and filters by status', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const res = await api.request(`/api/procedures/dossiers?limit=2&status=draft${query}`, {}, { as: citizen });
      expect(res.status).toBe(200);
      const page = await res.json();
      for (const item of page.items) expect(item.status).toBe('draft');
      seen.push(...page.items.map((item: { id: string }) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(2);
    const bad = await api.request('/api/procedures/dossiers?cursor=rubbish', {}, { as: citizen });
    expect(bad.status).toBe(400);
  });
});
