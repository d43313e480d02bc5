import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ModuleApiHarness } from '@portal/module-kit/testing';
import { outbox, supplementRequests } from '../../db/schema.js';
import {
  FREE_PROCEDURE,
  admin,
  business,
  business2,
  citizen,
  helpers,
  jsonInit,
  officer,
  otherCitizen,
  pdfBytes,
  startDossiersApi,
  uploadForm,
  wardOfficer,
  type Helpers,
} from './test-fixtures.js';

let api: ModuleApiHarness;
let h: Helpers;
beforeAll(async () => {
  api = await startDossiersApi();
  h = helpers(api);
});
afterAll(() => api.close());
afterEach(() => {
  vi.useRealTimers();
});

const at = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });
const url = (id: string, rest = '') => `/api/procedures/dossiers/${id}${rest}`;

/** Submitted on Friday 27 Nov 2026 (due Thu 3 Dec), received, and asked for more on Monday 30 Nov 09:00. */
async function awaitingSupplement(as = business): Promise<{ id: string; requestId: string }> {
  at('2026-11-27T03:00:00.000Z');
  const id = await h.ready(as);
  await h.submit(as, id);
  const requestedAt = new Date('2026-11-30T02:00:00.000Z');
  const [request] = await api.context.db
    .insert(supplementRequests)
    .values({ dossierId: id, reason: 'Bổ sung bản sao hợp đồng thuê địa điểm kinh doanh.', documentIds: ['hop-dong-thue'], requestedBy: officer.sub, requestedByName: officer.name, requestedAt })
    .returning();
  await h.setRow(id, { status: 'awaiting_supplement', receivedAt: requestedAt, pausedAt: requestedAt });
  return { id, requestId: request!.id };
}

describe('answering a supplement request', () => {
  it('needs a file for the open request, then resumes the clock and moves the appointment by the pause', async () => {
    const { id, requestId } = await awaitingSupplement();
    at('2026-12-03T04:00:00.000Z');
    const answer = async (note?: string) =>
      api.request(url(id, '/supplement'), jsonInit('POST', { note, version: (await h.row(id)).version }), { as: business2 });

    const empty = await answer();
    expect(empty.status).toBe(400);
    expect(Object.keys((await empty.json()).errors)).toEqual(['files']);

    const wrongRequest = await api.request(url(id, '/files'), uploadForm('supplement', pdfBytes(), 'hd.pdf', '00000000-0000-4000-8000-000000000000'), { as: business });
    expect(wrongRequest.status).toBe(400);
    const first = await api.request(url(id, '/files'), uploadForm('hop-dong-thue', pdfBytes(), 'hd.pdf', requestId), { as: business });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ supplementRequestId: requestId, documentId: 'hop-dong-thue' });
    const removable = await (await api.request(url(id, '/files'), uploadForm('supplement', pdfBytes(), 'them.pdf', requestId), { as: business })).json();
    expect((await api.request(url(id, `/files/${removable.id}`), { method: 'DELETE' }, { as: business })).status).toBe(204);

    const res = await answer('Đã bổ sung hợp đồng thuê.');
    expect(res.status).toBe(200);
    const detail = await res.json();
    // Paused Mon 30 Nov → answered Thu 3 Dec: Tue 1 (day off) does not count, Wed 2 and Thu 3 do: 2 days.
    // Due Thu 3 Dec + 2 working days = Mon 7 Dec.
    expect(detail).toMatchObject({ status: 'processing', pausedAt: null, appointmentAt: '2026-12-07T16:59:59.999Z', can: { applicant: [] } });
    expect(detail.supplementRequests[0]).toMatchObject({ id: requestId, answeredAt: '2026-12-03T04:00:00.000Z', answerNote: 'Đã bổ sung hợp đồng thuê.' });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'supplement_provided', fromStatus: 'awaiting_supplement', toStatus: 'processing' });
    const [request] = await api.context.db.select().from(supplementRequests).where(eq(supplementRequests.id, requestId));
    expect(request!.pausedWorkingDays).toBe(2);
    const [event] = await api.context.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.type, 'procedures.dossier_status_changed'), eq(outbox.subject, detail.code)));
    expect(event).toMatchObject({ data: { action: 'supplement', from: 'awaiting_supplement', to: 'processing' }, notify: null });

    const late = await api.request(url(id, '/files'), uploadForm('supplement', pdfBytes(), 'muon.pdf', requestId), { as: business });
    expect(late.status).toBe(409);
  });

  it('is for the applicant side only', async () => {
    const { id } = await awaitingSupplement(citizen);
    const { version } = await h.row(id);
    expect((await api.request(url(id, '/supplement'), jsonInit('POST', { version }), { as: otherCitizen })).status).toBe(404);
    expect((await api.request(url(id, '/supplement'), jsonInit('POST', { version }), { as: officer })).status).toBe(403);
  });
});

describe('paying the fee', () => {
  it('lists the built-in counter provider publicly', async () => {
    const res = await api.request('/api/procedures/payment-providers');
    expect(await res.json()).toEqual([{ id: 'counter', name: { vi: 'Nộp phí tại Bộ phận Một cửa', en: 'Pay at the one-stop desk' }, online: false }]);
  });

  it('records the chosen provider with instructions naming the counter, refuses unknown providers and fees not due', async () => {
    const id = await h.ready(citizen);
    await h.submit(citizen, id);
    const pay = async (provider: string) => api.request(url(id, '/payment'), jsonInit('POST', { provider, version: (await h.row(id)).version }), { as: citizen });
    const unknown = await pay('vi-dien-tu-gia');
    expect(unknown.status).toBe(400);
    expect(Object.keys((await unknown.json()).errors)).toEqual(['provider']);
    const res = await pay('counter');
    expect(res.status).toBe(200);
    const { payment } = await res.json();
    expect(payment).toMatchObject({ provider: 'counter', status: 'due', feeVnd: 100000 });
    expect(payment.instructions.vi).toContain('Bộ phận Một cửa UBND thành phố Điện Biên Phủ, Số 1 Võ Nguyên Giáp');
    expect(payment.instructions.vi).toContain('100.000 đồng');

    const free = await h.ready(citizen, FREE_PROCEDURE);
    await h.submit(citizen, free);
    const notDue = await api.request(url(free, '/payment'), jsonInit('POST', { provider: 'counter', version: (await h.row(free)).version }), { as: citizen });
    expect(notDue.status).toBe(409);
  });
});

describe('the result PDF', () => {
  it('goes to the agency once issued, to the applicant side once the fee is paid, to nobody else', async () => {
    const id = await h.ready(business);
    await h.submit(business, id);
    expect((await api.request(url(id, '/result.pdf'), {}, { as: officer })).status).toBe(404);

    const key = `dossiers/${id}/result.pdf`;
    await api.context.files.put(key, pdfBytes(), 'application/pdf');
    await h.setRow(id, { status: 'result_issued', resultFileKey: key, resultIssuedAt: new Date(), verificationCode: 'ABCDEFGH23' });

    const applicantView = await (await api.request(url(id), {}, { as: business })).json();
    expect(applicantView.result).toMatchObject({ verificationCode: 'ABCDEFGH23', url: null });
    expect((await api.request(url(id, '/result.pdf'), {}, { as: business })).status).toBe(409);
    const officerView = await (await api.request(url(id), {}, { as: officer })).json();
    expect(officerView.result.url).toBe(url(id, '/result.pdf'));
    for (const as of [officer, admin]) {
      const res = await api.request(url(id, '/result.pdf'), {}, { as });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
    }

    await h.setRow(id, { feeStatus: 'paid' });
    const download = await api.request(url(id, '/result.pdf'), {}, { as: business2 });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('ket-qua-H40.25-');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdfBytes());
    for (const as of [otherCitizen, citizen, wardOfficer]) expect((await api.request(url(id, '/result.pdf'), {}, { as })).status).toBe(404);
  });
});
