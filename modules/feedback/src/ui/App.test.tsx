// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createSessionFetch } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackClient } from './api-client.js';
import { QueueStore } from './offline/queue-store.js';
import { OutboxSender } from './offline/sender.js';
import { startRealApi, type RealApi } from './reports/testing/real-api.js';
import { grantLocation, renderApp, setOrigin, signedIn } from './reports/testing/render-app.js';

/*
 * The citizen screens against the real feedback API (real routes, PGlite or PostgreSQL, sharp
 * re-encoding the photo, idempotency in the database) served over HTTP from its own process. Tokens
 * are mapped to callers by a test verifier: sign-on itself is tested in the gateway.
 */
let api: RealApi;
let origin: string;

const CITIZEN_CLAIMS = { sub: 'ui-test-citizen', name: 'Nguyễn Văn An', roles: ['citizen'] };
const CITIZEN = { sub: CITIZEN_CLAIMS.sub, name: CITIZEN_CLAIMS.name, roles: ['citizen' as const], units: [] };
// A real 64×48 JPEG (made with sharp), so the API's content check and re-encoding run for real.
const JPEG = Uint8Array.from(
  atob(
    '/9j/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCAAwAEADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCgCCtgAAAAAAAAAAAAAAAAAAAAAP/Z',
  ),
  (char) => char.charCodeAt(0),
);
// Inside the seeded residential group 3 of Him Lam ward.
const HIM_LAM_GROUP_3 = { lat: 21.41, lng: 103.019 };

beforeAll(async () => {
  api = await startRealApi({ 'token-an': CITIZEN_CLAIMS });
  origin = api.origin;
}, 180_000);

afterEach(() => cleanup());

afterAll(async () => {
  await api?.stop();
});

describe('citizen journey against the real API', () => {
  it('files a report with a photo at a place in Him Lam, sees its code, then its page and its timeline', async () => {
    setOrigin(origin, '/m/feedback/new');
    renderApp('/m/feedback/new', signedIn(CITIZEN, 'token-an'));
    fireEvent.click(await screen.findByRole('radio', { name: 'Chiếu sáng công cộng' }, { timeout: 10_000 }));
    fireEvent.change(screen.getByLabelText('Mô tả'), { target: { value: 'Ba bóng đèn đường ở tổ dân phố 3 không sáng từ tuần trước.' } });
    fireEvent.change(screen.getByLabelText('Chọn ảnh'), { target: { files: [new File([JPEG], 'den-hong.jpg', { type: 'image/jpeg' })] } });
    grantLocation(HIM_LAM_GROUP_3.lat, HIM_LAM_GROUP_3.lng, 9);
    fireEvent.click(screen.getByRole('button', { name: 'Dùng vị trí hiện tại' }));
    const status = document.getElementById('feedback-location-status')!;
    await within(status).findByText(/Him Lam/, {}, { timeout: 5000 });
    expect(status.textContent).toContain('±9 m');

    fireEvent.click(screen.getByRole('button', { name: 'Gửi phản ánh' }));
    const code = (await screen.findByTestId('report-code', {}, { timeout: 15_000 })).textContent!;
    expect(code).toMatch(/^PA-\d{4}-\d{6}$/);
    expect(screen.getByText('Đơn vị xử lý: Phòng Quản lý đô thị thành phố Điện Biên Phủ')).toBeTruthy();

    cleanup();
    setOrigin(origin, `/m/feedback/reports/${code}`);
    renderApp(`/m/feedback/reports/${code}`, signedIn(CITIZEN, 'token-an'));
    expect(await screen.findByRole('heading', { level: 1, name: code }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Ba bóng đèn đường ở tổ dân phố 3 không sáng từ tuần trước.')).toBeTruthy();
    expect(screen.getAllByText('Đã tiếp nhận').length).toBeGreaterThan(0);
    expect(screen.getByText('Phản ánh được gửi')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Mở ảnh 1/ })).toHaveLength(1);

    cleanup();
    setOrigin(origin, '/m/feedback/mine');
    renderApp('/m/feedback/mine', signedIn(CITIZEN, 'token-an'));
    expect(await screen.findByText(code, {}, { timeout: 10_000 })).toBeTruthy();
  }, 60_000);

  it('a queued report sent twice with its key (the first answer lost) exists once', async () => {
    setOrigin(origin, '/m/feedback/mine');
    const store = new QueueStore('app-test-queue');
    const client = new FeedbackClient(createSessionFetch(async () => 'token-an'));
    const item = {
      id: crypto.randomUUID(),
      ownerSub: CITIZEN.sub,
      report: {
        categoryId: 'street-lighting',
        description: 'Đèn đường trước nhà văn hoá tổ 3 chập chờn cả đêm.',
        isPublic: false,
        location: { ...HIM_LAM_GROUP_3, accuracyM: 15, source: 'device' as const },
      },
      photos: [{ name: 'den.jpg', type: 'image/jpeg', bytes: JPEG.slice().buffer }],
      savedAt: new Date().toISOString(),
      state: 'waiting' as const,
      failure: null,
      attempts: 0,
    };
    const codes: string[] = [];
    const sender = new OutboxSender({
      store,
      ownerSub: CITIZEN.sub,
      send: async (queued, onProgress) => {
        const created = await client.createReport(queued.report, [new File([queued.photos[0]!.bytes], 'den.jpg', { type: 'image/jpeg' })], queued.id, onProgress);
        codes.push(created.code);
        return created;
      },
    });
    await store.put(item);
    await sender.flush();
    // The answer never reached the phone: the item is still there and goes again with the same key.
    await store.put(item);
    await sender.flush();

    expect(await store.list()).toEqual([]);
    expect(codes).toHaveLength(2);
    expect(codes[1]).toBe(codes[0]);
    expect(await api.reportCount(codes[0]!)).toBe(1);
    await store.close();
  }, 60_000);
});
