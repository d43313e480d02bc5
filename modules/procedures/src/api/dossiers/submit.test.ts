import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { outbox } from '../../db/schema.js';
import {
  FREE_PROCEDURE,
  VALID_FORM,
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

/** Friday 27 November 2026, 10:00 in Vietnam; Tuesday 1 December is a day off in the fixtures. */
const FRIDAY = new Date('2026-11-27T03:00:00.000Z');

let api: ModuleApiHarness;
let h: Helpers;
beforeAll(async () => {
  api = await startDossiersApi();
  h = helpers(api);
});
afterAll(() => api.close());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: FRIDAY });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('submitting a dossier', () => {
  it('answers every missing field and document in one 400 and takes no code', async () => {
    const { id } = await h.create(citizen);
    await h.fill(citizen, id, { fullName: 'Nguyễn Văn An', hasEmployees: true });
    await h.attach(citizen, id, 'cccd');
    const res = await h.submit(citizen, id);
    expect(res.status).toBe(400);
    const { errors } = await res.json();
    expect(Object.keys(errors).sort()).toEqual(['businessName', 'capital', 'employeeCount', 'files.giay-de-nghi']);
    const row = await h.row(id);
    expect(row).toMatchObject({ status: 'draft', code: null, submittedAt: null });
  });

  it('gives a code per agency and Vietnam day, an appointment in working days and the fee due', async () => {
    const first = await h.ready(business);
    const res = await h.submit(business, first);
    expect(res.status).toBe(201);
    // Fri 27 + 3 working days: Mon 30, (Tue 1 Dec off), Wed 2, Thu 3 — end of that day in Vietnam.
    expect(await res.json()).toEqual({
      id: first,
      code: 'H40.25-261127-0001',
      status: 'submitted',
      appointmentAt: '2026-12-03T16:59:59.999Z',
      feeVnd: 100000,
    });
    const second = await h.ready(citizen, FREE_PROCEDURE);
    const again = await (await h.submit(citizen, second)).json();
    expect(again).toMatchObject({ code: 'H40.25-261127-0002', feeVnd: 0 });

    const detail = await (await api.request(`/api/procedures/dossiers/${first}`, {}, { as: officer })).json();
    expect(detail).toMatchObject({
      status: 'submitted',
      submittedAt: FRIDAY.toISOString(),
      payment: { feeVnd: 100000, status: 'due' },
      can: { applicant: [], office: ['receive', 'refuse', 'confirm_payment'] },
    });
    expect(detail.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(['created', 'submitted']);
    expect((await h.row(second)).feeStatus).toBe('none');
  });

  it('notifies the other representatives of the enterprise, never the one who submitted', async () => {
    await h.create(business2);
    const id = await h.ready(business);
    const { code } = await (await h.submit(business, id)).json();
    const [event] = await api.context.db.select().from(outbox).where(eq(outbox.subject, code));
    expect(event!.type).toBe('procedures.dossier_submitted');
    expect(event!.notify).toEqual([
      expect.objectContaining({ recipientSub: business2.sub, title: { vi: `Đã nộp hồ sơ ${code}, hẹn trả ngày 03/12/2026`, en: expect.any(String) } }),
    ]);
  });

  it('answers a retry with the same key the same, and refuses the key for another body', async () => {
    const id = await h.ready(citizen);
    const key = newKey();
    const { version } = await h.row(id);
    const send = (v: number) => api.request(`/api/procedures/dossiers/${id}/submit`, jsonInit('POST', { version: v }, { 'idempotency-key': key }), { as: citizen });
    const first = await send(version);
    const retry = await send(version);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect((await send(version + 5)).status).toBe(422);
    const noKey = await api.request(`/api/procedures/dossiers/${id}/submit`, jsonInit('POST', { version }), { as: citizen });
    expect(noKey.status).toBe(400);
  });

  it('submits once when the same request arrives twice at the same time', async () => {
    const id = await h.ready(citizen);
    const key = newKey();
    const [a, b] = await Promise.all([h.submit(citizen, id, key), h.submit(citizen, id, key)]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.headers.get('idempotency-replayed'), b.headers.get('idempotency-replayed')].sort()).toEqual(['true', null].sort());
    expect((await a.json()).code).toBe((await b.json()).code);
  });

  it('refuses a stale version and a stranger', async () => {
    const id = await h.ready(citizen);
    const { version } = await h.row(id);
    const stale = await api.request(`/api/procedures/dossiers/${id}/submit`, jsonInit('POST', { version: version - 1 }, { 'idempotency-key': newKey() }), { as: citizen });
    expect(stale.status).toBe(409);
    expect((await h.submit(otherCitizen, id)).status).toBe(404);
  });
});

describe('withdrawing', () => {
  it('lets another representative of the enterprise withdraw before receipt, with the reason kept', async () => {
    const id = await h.ready(business);
    await h.submit(business, id);
    const { version } = await h.row(id);
    const reason = 'Nộp nhầm địa điểm kinh doanh, sẽ nộp lại sau.';
    const res = await api.request(`/api/procedures/dossiers/${id}/withdraw`, jsonInit('POST', { reason, version }), { as: business2 });
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail).toMatchObject({ status: 'withdrawn', reason, can: { applicant: [] } });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'withdrawn', text: reason, actorName: business2.name });
  });

  it('is refused once the agency has received it (409 naming what is allowed)', async () => {
    const id = await h.ready(citizen);
    await h.submit(citizen, id);
    await h.setRow(id, { status: 'processing' });
    const { version } = await h.row(id);
    const res = await api.request(`/api/procedures/dossiers/${id}/withdraw`, jsonInit('POST', { version }), { as: citizen });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ type: '/problems/illegal-transition', currentStatus: 'processing', allowed: [] });
  });

  it('is refused for a draft and for a stranger', async () => {
    const draft = await h.ready(citizen);
    const { version } = await h.row(draft);
    const res = await api.request(`/api/procedures/dossiers/${draft}/withdraw`, jsonInit('POST', { version }), { as: citizen });
    expect(await res.json()).toMatchObject({ allowed: ['edit', 'attach', 'submit', 'delete'] });
    expect((await api.request(`/api/procedures/dossiers/${draft}/withdraw`, jsonInit('POST', { version }), { as: otherCitizen })).status).toBe(404);
  });
});

describe('the applicant’s view of the form', () => {
  it('keeps exactly the values the form shows after submission', async () => {
    const id = await h.ready(citizen);
    await h.submit(citizen, id);
    const detail = await (await api.request(`/api/procedures/dossiers/${id}`, {}, { as: citizen })).json();
    expect(detail.form).toMatchObject({ ...VALID_FORM });
  });
});
