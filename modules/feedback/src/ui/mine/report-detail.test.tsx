// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queueStore } from '../offline/outbox.js';
import { sampleDetail, startFakeFeedbackServer, type FakeFeedbackServer } from '../reports/testing/fake-feedback-server.js';
import { renderApp, setOrigin, signedIn } from '../reports/testing/render-app.js';

let server: FakeFeedbackServer;

beforeAll(async () => {
  server = await startFakeFeedbackServer();
});

afterEach(async () => {
  cleanup();
  server.setDetail(sampleDetail());
  server.jsonBodies.clear();
  for (const item of await queueStore.list()) await queueStore.remove(item.id);
  await changeLanguage('vi');
});

afterAll(async () => {
  await server?.close();
});

async function openReport(code = 'PA-2026-000123') {
  setOrigin(server.origin, `/m/feedback/reports/${code}`);
  renderApp(`/m/feedback/reports/${code}`, signedIn());
}

describe('report page', () => {
  it('shows the report, the place, the unit’s answer, and rates it: not satisfied reopens it', async () => {
    await openReport();
    expect(await screen.findByRole('heading', { level: 1, name: 'PA-2026-000123' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Đèn đường ở tổ dân phố 3 hỏng đã một tuần, buổi tối rất tối.')).toBeTruthy();
    expect(screen.getByText('Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Trả lời của Phòng Quản lý đô thị TP Điện Biên Phủ' })).toBeTruthy();
    expect(screen.getByText('Đã thay bóng đèn mới ngày 12/11.')).toBeTruthy();

    const form = screen.getByRole('group', { name: 'Đánh giá kết quả xử lý' }).closest('form')!;
    fireEvent.click(within(form).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await within(form).findByText('Chọn Hài lòng hoặc Không hài lòng.')).toBeTruthy();

    const notSatisfied = within(form).getByRole('radio', { name: /Không hài lòng/ });
    expect(notSatisfied.getAttribute('aria-describedby')).toBe('feedback-rating-reopen');
    expect(screen.getByText(/Phản ánh sẽ được mở lại/)).toBeTruthy();
    fireEvent.click(notSatisfied);
    fireEvent.change(within(form).getByLabelText('Nhận xét (không bắt buộc)'), { target: { value: 'Đèn lại tắt sau hai ngày.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByText('Cảm ơn bạn đã đánh giá.')).toBeTruthy();
    expect(server.jsonBodies.get('/api/feedback/reports/PA-2026-000123/rating')).toEqual([
      { value: 'not_satisfied', comment: 'Đèn lại tắt sau hai ngày.', version: 3 },
    ]);
    expect(screen.getByText('Đang xử lý')).toBeTruthy();
    expect(screen.getByText('Đánh giá: Không hài lòng — Đèn lại tắt sau hai ngày.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).toBeNull();
  });

  it('reloads when the report changed since it was read (stale version) and asks to rate again', async () => {
    await openReport();
    await screen.findByRole('heading', { level: 1, name: 'PA-2026-000123' }, { timeout: 5000 });
    server.setDetail(sampleDetail({ version: 4 }));
    fireEvent.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText('Phản ánh vừa được cập nhật. Đã tải lại, vui lòng đánh giá lại.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Hài lòng' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText('Cảm ơn bạn đã đánh giá.')).toBeTruthy();
    expect(server.jsonBodies.get('/api/feedback/reports/PA-2026-000123/rating')!.map((body) => (body as { version: number }).version)).toEqual([3, 4]);
  });

  it('says a report is not there without telling whether it exists', async () => {
    await openReport('PA-2026-999999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy phản ánh' }, { timeout: 5000 })).toBeTruthy();
  });
});

describe('my reports', () => {
  it('shows a report the server refused on top, with its message and a way to edit, resend or delete it', async () => {
    await queueStore.put({
      id: 'key-refused-0001',
      ownerSub: 'citizen-an',
      report: {
        categoryId: 'street-lighting',
        description: 'Cột điện nghiêng chắn đường ở tổ 10.',
        isPublic: true,
        location: { lat: 10.77, lng: 106.7, accuracyM: 30, source: 'device' },
      },
      photos: [{ name: 'cot-dien.jpg', type: 'image/jpeg', bytes: new Uint8Array([1, 2, 3]).buffer }],
      savedAt: '2026-11-30T01:00:00.000Z',
      state: 'failed',
      failure: { status: 422, type: '/problems/outside-province', title: 'Outside the province', detail: 'Vị trí nằm ngoài tỉnh Điện Biên.', errors: {} },
      attempts: 1,
    });
    setOrigin(server.origin, '/m/feedback/mine');
    renderApp('/m/feedback/mine', signedIn());
    const item = await screen.findByTestId('queued-report', {}, { timeout: 5000 });
    expect(within(item).getByText('Gửi không thành công')).toBeTruthy();
    expect(within(item).getByText('Vị trí nằm ngoài tỉnh Điện Biên.')).toBeTruthy();
    expect(within(item).getByRole('link', { name: 'Sửa' }).getAttribute('href')).toBe('/m/feedback/new?draft=key-refused-0001');
    expect(within(item).getByRole('button', { name: 'Gửi lại' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Xoá' })).toBeTruthy();
    expect(await screen.findByText('Bạn chưa gửi hoặc theo dõi phản ánh nào.')).toBeTruthy();
  });
});
