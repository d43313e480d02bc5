// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierDetail } from '../../../contract/schemas.js';
import { FakeApi, json } from '../../shared/testing/fake-api.js';
import { draftDossier } from '../../shared/testing/fixtures.js';
import { renderApp, signedIn } from '../../shared/testing/render-app.js';

const ID = draftDossier().id;
const PATH = `/dossiers/${ID}`;
let api: FakeApi;
let current: DossierDetail;

const submitted = (overrides: Partial<DossierDetail> = {}) =>
  draftDossier({
    status: 'submitted',
    code: 'H40.25-261130-0001',
    submittedAt: '2026-11-30T02:00:00.000Z',
    appointmentAt: '2026-12-03T10:00:00.000Z',
    form: { ownerName: 'Lò Văn Bình', nationalId: '001090000004', trade: 'food', pledge: true },
    can: { applicant: ['withdraw'], office: [] },
    timeline: [
      { id: 1, at: '2026-11-30T01:00:00.000Z', kind: 'created', visibility: 'applicant', actorName: 'Lò Văn Bình', fromStatus: null, toStatus: 'draft', text: null, data: {} },
      { id: 2, at: '2026-11-30T02:00:00.000Z', kind: 'submitted', visibility: 'applicant', actorName: 'Lò Văn Bình', fromStatus: 'draft', toStatus: 'submitted', text: null, data: {} },
    ],
    ...overrides,
  });

beforeEach(() => {
  current = submitted();
  api = new FakeApi().on('GET', PATH, () => json(current));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

async function open() {
  renderApp(`/m/procedures${PATH}`, signedIn(api.fetch));
  return screen.findByRole('heading', { level: 1, name: 'H40.25-261130-0001' }, { timeout: 5000 });
}

describe('the dossier tracking page', () => {
  it('shows the status, the appointment, the timeline and the form as submitted', async () => {
    await open();
    expect(screen.getAllByText('Chờ tiếp nhận').length).toBeGreaterThan(0);
    expect(screen.getByText('03/12/2026')).toBeTruthy();
    const timeline = screen.getByRole('list', { name: 'Quá trình xử lý' });
    expect(within(timeline).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual(['Nộp hồ sơ', 'Tạo hồ sơ nháp']);
    expect(screen.getByText('Ăn uống')).toBeTruthy();
    expect(screen.getByText('Có')).toBeTruthy();
  });

  it('withdraws after a confirmation, only while the API allows it', async () => {
    api.on('POST', `${PATH}/withdraw`, () => {
      current = submitted({ status: 'withdrawn', reason: 'Nộp nhầm thủ tục, sẽ nộp lại sau.', can: { applicant: [], office: [] }, version: 3 });
      return json(current);
    });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Rút hồ sơ?' });
    fireEvent.change(within(dialog).getByLabelText(/^Lý do/), { target: { value: 'ngắn' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Lý do cần ít nhất 10 ký tự, hoặc để trống.');
    expect(api.sent('POST', `${PATH}/withdraw`)).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText(/^Lý do/), { target: { value: 'Nộp nhầm thủ tục, sẽ nộp lại sau.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận rút hồ sơ' }));
    expect(await screen.findByText('Lý do rút hồ sơ')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/withdraw`)[0]?.json).toEqual({ version: 1, reason: 'Nộp nhầm thủ tục, sẽ nộp lại sau.' });
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
  });

  it('answers a supplement request: upload under the request, then "Gửi bổ sung"', async () => {
    current = submitted({
      status: 'awaiting_supplement',
      pausedAt: '2026-12-01T02:00:00.000Z',
      can: { applicant: ['attach', 'supplement'], office: [] },
      supplementRequests: [
        { id: 'req-1', reason: 'Bổ sung hợp đồng thuê địa điểm có công chứng.', documentIds: ['hop-dong-thue'], requestedAt: '2026-12-01T02:00:00.000Z', requestedByName: 'Cán bộ Một cửa', answeredAt: null, answerNote: null },
      ],
    });
    api
      .on('POST', `${PATH}/files`, (request) =>
        json({ id: 'f-9', documentId: request.form?.get('documentId'), supplementRequestId: request.form?.get('supplementRequestId'), fileName: 'hop-dong.pdf', mediaType: 'application/pdf', size: 2048, uploadedAt: '2026-12-01T03:00:00.000Z', url: `/api/procedures${PATH}/files/f-9` }, 201),
      )
      .on('POST', `${PATH}/supplement`, () => {
        current = submitted({ status: 'processing', can: { applicant: [], office: [] }, version: 5 });
        return json(current);
      });
    await open();
    const box = screen.getByRole('region', { name: 'Yêu cầu bổ sung hồ sơ' });
    expect(within(box).getByText('Bổ sung hợp đồng thuê địa điểm có công chứng.')).toBeTruthy();
    expect(screen.getByText(/Thời hạn giải quyết đang tạm dừng từ 01\/12\/2026/)).toBeTruthy();
    fireEvent.click(within(box).getByRole('button', { name: 'Gửi bổ sung' }));
    expect(within(box).getByRole('alert').textContent).toBe('Cần đính kèm ít nhất một tệp trước khi gửi bổ sung.');
    fireEvent.change(within(box).getByLabelText(/Chọn tệp cho “Hợp đồng thuê địa điểm”/), {
      target: { files: [new File([new Uint8Array(2048)], 'hop-dong.pdf', { type: 'application/pdf' })] },
    });
    expect(await within(box).findByRole('button', { name: 'Tải hop-dong.pdf' })).toBeTruthy();
    const upload = api.sent('POST', `${PATH}/files`)[0];
    expect([upload?.form?.get('documentId'), upload?.form?.get('supplementRequestId')]).toEqual(['hop-dong-thue', 'req-1']);
    fireEvent.change(within(box).getByLabelText('Ghi chú gửi cơ quan (không bắt buộc)'), { target: { value: 'Đã công chứng.' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Gửi bổ sung' }));
    expect(await screen.findAllByText('Đang xử lý')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/supplement`)[0]?.json).toEqual({ version: 1, note: 'Đã công chứng.' });
    expect(screen.queryByRole('region', { name: 'Yêu cầu bổ sung hồ sơ' })).toBeNull();
  });

  it('downloads the result PDF with the session (no plain link) and offers paying at the counter', async () => {
    current = submitted({
      status: 'result_issued',
      can: { applicant: [], office: [] },
      result: { issuedAt: '2026-12-02T08:00:00.000Z', verificationCode: '7KQ2M9XH4T', url: `/api/procedures${PATH}/result.pdf`, returnedAt: null },
    });
    api
      .on('GET', `${PATH}/result.pdf`, () => new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } }))
      .on('GET', '/payment-providers', () => json([{ id: 'counter', name: { vi: 'Nộp phí tại Bộ phận Một cửa', en: 'Pay at the one-stop desk' }, online: false }]))
      .on('POST', `${PATH}/payment`, () => {
        current = { ...current, payment: { ...current.payment, provider: 'counter', instructions: { vi: 'Nộp 100.000 đồng tại Bộ phận Một cửa.', en: 'Pay VND 100,000 at the desk.' } } };
        return json(current);
      });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:result');
    await open();
    expect(screen.getByRole('link', { name: '7KQ2M9XH4T' }).getAttribute('href')).toBe('/m/procedures/verify/7KQ2M9XH4T');
    fireEvent.click(screen.getByRole('button', { name: 'Tải kết quả (PDF)' }));
    await vi.waitFor(() => expect(created).toHaveBeenCalledOnce());
    expect((created.mock.calls[0]?.[0] as Blob).size).toBe(4);
    created.mockRestore();

    fireEvent.click(await screen.findByRole('button', { name: 'Nộp phí tại Bộ phận Một cửa' }));
    expect(await screen.findByText('Nộp 100.000 đồng tại Bộ phận Một cửa.')).toBeTruthy();
    expect(api.sent('POST', `${PATH}/payment`)[0]?.json).toEqual({ provider: 'counter', version: 1 });
  });

  it('says "not found" for a dossier the caller may not see (the API answers 404)', async () => {
    renderApp('/m/procedures/dossiers/not-mine', signedIn(api.fetch));
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' }, { timeout: 5000 })).toBeTruthy();
  });
});
