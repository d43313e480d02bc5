// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { ANONYMOUS_SESSION, changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queueStore } from '../offline/outbox.js';
import { startFakeFeedbackServer, type FakeFeedbackServer } from '../reports/testing/fake-feedback-server.js';
import { grantLocation, renderApp, setOnline, setOrigin, signedIn } from '../reports/testing/render-app.js';

let server: FakeFeedbackServer;

beforeAll(async () => {
  server = await startFakeFeedbackServer();
});

afterEach(async () => {
  cleanup();
  setOnline(true);
  server.received.length = 0;
  for (const item of await queueStore.list()) await queueStore.remove(item.id);
  await changeLanguage('vi');
});

afterAll(async () => {
  await server?.close();
});

const jpeg = (name: string, size = 2048) => new File([new Uint8Array(size).fill(7)], name, { type: 'image/jpeg' });

async function openForm() {
  setOrigin(server.origin, '/m/feedback/new');
  renderApp('/m/feedback/new', signedIn());
  await screen.findByRole('radio', { name: 'Chiếu sáng công cộng' }, { timeout: 5000 });
}

function fillValidReport(description = 'Đèn đường ở tổ dân phố 3 hỏng đã một tuần.') {
  fireEvent.click(screen.getByRole('radio', { name: 'Chiếu sáng công cộng' }));
  fireEvent.change(screen.getByLabelText('Mô tả'), { target: { value: description } });
  fireEvent.change(screen.getByLabelText('Chọn ảnh'), { target: { files: [jpeg('den-hong.jpg')] } });
  grantLocation(21.3935, 103.0275, 12);
  fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
}

describe('report form', () => {
  it('asks an anonymous visitor to sign in instead of showing the form', async () => {
    setOrigin(server.origin, '/m/feedback/new');
    renderApp('/m/feedback/new', ANONYMOUS_SESSION);
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập để gửi phản ánh' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeTruthy();
  });

  it('says what is missing and sends nothing', async () => {
    await openForm();
    fireEvent.change(screen.getByLabelText('Mô tả'), { target: { value: 'Hỏng' } });
    fireEvent.change(screen.getByLabelText('Số điện thoại liên hệ (không bắt buộc)'), { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));

    expect(await screen.findByText('Vui lòng sửa các mục được đánh dấu.')).toBeTruthy();
    expect(screen.getByText('Chọn một lĩnh vực.')).toBeTruthy();
    expect(screen.getByText('Mô tả cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(screen.getByText('Cần ít nhất 1 ảnh.')).toBeTruthy();
    expect(screen.getByText('Chọn vị trí của sự việc.')).toBeTruthy();
    expect(screen.getByText('Số điện thoại không hợp lệ (ví dụ 0912345678).')).toBeTruthy();
    expect(screen.getByLabelText('Mô tả').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('4 / 5000 ký tự')).toBeTruthy();
    expect(server.received).toHaveLength(0);
  });

  it('refuses photos over 10 MB and more than 5, and lets one be removed', async () => {
    await openForm();
    const chooser = screen.getByLabelText('Chọn ảnh');
    fireEvent.change(chooser, { target: { files: [jpeg('to-qua.jpg', 10 * 1024 * 1024 + 1)] } });
    expect(await screen.findByText('Ảnh “to-qua.jpg” lớn hơn 10 MB nên không được thêm.')).toBeTruthy();

    fireEvent.change(chooser, { target: { files: ['1', '2', '3', '4', '5', '6'].map((n) => jpeg(`anh-${n}.jpg`)) } });
    expect(await screen.findByText('Tối đa 5 ảnh; đã bỏ bớt ảnh thừa.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Bỏ ảnh/ })).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ ảnh 2' }));
    expect(screen.getAllByRole('button', { name: /^Bỏ ảnh/ })).toHaveLength(4);
  });

  it('shows a place outside the province as a clear error', async () => {
    await openForm();
    grantLocation(10.77, 106.7);
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    expect(await screen.findByText('Vị trí này nằm ngoài tỉnh Điện Biên. Hãy chọn một vị trí trong tỉnh.')).toBeTruthy();
  });

  it('warns about a phone number in a public report, then sends it and shows the code', async () => {
    await openForm();
    fillValidReport('Đèn đường hỏng, gọi tôi 0912345678 nếu cần thêm thông tin.');
    expect(await screen.findByText('Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ')).toBeTruthy();
    expect(screen.getByText(/Sai số ±12 m/)).toBeTruthy();

    const title = await screen.findByText('Mô tả có số điện thoại hoặc số định danh', {}, { timeout: 3000 });
    const warning = title.closest('section')!;
    expect(within(warning).getByText('Số điện thoại 0912345678')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    expect(server.received).toHaveLength(0); // not before the reporter decides
    fireEvent.click(within(warning).getByRole('button', { name: 'Vẫn gửi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));

    expect((await screen.findByTestId('report-code', {}, { timeout: 5000 })).textContent).toBe('PA-2026-000123');
    expect(screen.getByText('Đơn vị xử lý: Phòng Quản lý đô thị TP Điện Biên Phủ')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem phản ánh' }).getAttribute('href')).toBe('/m/feedback/reports/PA-2026-000123');
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({
      authorization: 'Bearer token-of-an',
      report: {
        categoryId: 'street-lighting',
        isPublic: true,
        acknowledgePrivacyWarning: true,
        location: { lat: 21.3935, lng: 103.0275, accuracyM: 12, source: 'device' },
      },
      photos: [{ name: 'den-hong.jpg', type: 'image/jpeg', size: 2048 }],
    });
    expect(server.received[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a report written offline on the device and delivers it once when the network returns', async () => {
    await openForm();
    fillValidReport();
    await screen.findByText('Tổ dân phố 3, phường Him Lam, thành phố Điện Biên Phủ');
    setOnline(false);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    expect(await screen.findByRole('heading', { name: 'Đã lưu, đang chờ gửi' })).toBeTruthy();
    const [saved] = await queueStore.list();
    expect(saved).toMatchObject({ ownerSub: 'citizen-an', state: 'waiting', report: { categoryId: 'street-lighting' } });
    expect(saved!.photos[0]!.bytes.byteLength).toBe(2048);

    setOnline(true);
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => expect(await queueStore.list()).toEqual([]), { timeout: 5000 });
    expect(server.received.map((request) => request.idempotencyKey)).toEqual([saved!.id]);
  });

  it('suggests a nearby open report of the same category, which the citizen can follow instead', async () => {
    await openForm();
    fillValidReport();
    const suggestions = (await screen.findByRole('heading', { name: 'Có phải phản ánh này?' })).closest('section')!;
    expect(within(suggestions).getByText('Cả dãy đèn đường tổ 3 tắt từ thứ Hai.')).toBeTruthy();
    expect(within(suggestions).getByRole('link', { name: 'PA-2026-000077' }).getAttribute('href')).toBe('/m/feedback/reports/PA-2026-000077');
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Theo dõi phản ánh này' }));
    expect(await within(suggestions).findByText('Đã theo dõi. Bạn sẽ nhận thông báo khi phản ánh có tiến triển.')).toBeTruthy();
    expect(server.requests).toContain('POST /api/feedback/reports/PA-2026-000077/follow');
    expect(server.requests.some((request) => request.startsWith('GET /api/feedback/nearby?lat=21.3935&lng=103.0275&category=street-lighting'))).toBe(true);
    expect(server.received).toHaveLength(0);
  });

  it('speaks English when the visitor switched language', async () => {
    await changeLanguage('en');
    setOrigin(server.origin, '/m/feedback/new');
    renderApp('/m/feedback/new', signedIn());
    expect(await screen.findByRole('radio', { name: 'Street lighting' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('Choose a category.')).toBeTruthy();
  });
});
