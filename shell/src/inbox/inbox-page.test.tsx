import '../test-support/setup.js';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderShell, useOrigin } from '../test-support/render-shell.js';
import { registryEntry } from '../test-support/registry-server.js';
import { CITIZEN, TestAuthClient } from '../test-support/test-auth-client.js';
import { TestLoader } from '../test-support/test-loader.js';
import { testSessionController } from '../test-support/test-session.js';
import { INBOX_PAGE_SIZE } from './inbox-api.js';
import { notification, startInboxServer, type InboxTestServer } from './inbox-test-server.js';

const REPORT_LINK = '/m/feedback/reports/PA-2026-000123';
const BEARER = `Bearer ${CITIZEN.sub}`;

let server: InboxTestServer;
beforeAll(async () => {
  server = await startInboxServer(CITIZEN.sub);
  server.modules = [registryEntry('feedback', { vi: 'Phản ánh hiện trường', en: 'Report a problem' }, 'camera')];
  useOrigin(server.origin);
});
beforeEach(() => {
  server.requests.length = 0;
  server.failures.clear();
  server.notifications = [
    notification(
      'n3',
      5,
      { vi: 'Phản ánh PA-2026-000123 đã được tiếp nhận', en: 'Report PA-2026-000123 was received' },
      { body: { vi: 'UBND phường Him Lam đang xử lý.', en: 'Him Lam ward is handling it.' }, link: REPORT_LINK },
    ),
    notification('n2', 3 * 60, { vi: 'Lịch cắt điện khu vực Mường Thanh', en: 'Power cut schedule in Muong Thanh' }),
    notification('n1', 2 * 24 * 60, { vi: 'Hồ sơ HS-42 đã hoàn thành', en: 'Application HS-42 is complete' }, { read: true }),
  ];
});
afterAll(() => server.close());

async function openInbox(language: 'vi' | 'en' = 'vi') {
  localStorage.setItem('portal.session', '1');
  const { controller } = testSessionController(new TestAuthClient(CITIZEN).connect);
  const loader = new TestLoader({ feedback: () => <h1>Phản ánh (mô-đun)</h1> });
  await renderShell('/inbox', loader, language, controller);
  // The first test of a run also waits for the lazy page's code to be transformed.
  await screen.findByTestId(/^inbox-(list|empty|error)$/, {}, { timeout: 5000 });
}

const rows = () => screen.getAllByTestId('inbox-item');
const unreadRows = () => rows().filter((row) => row.classList.contains('shell-inbox__item--unread'));
const bellLabel = () => screen.getByTestId('inbox-bell').getAttribute('aria-label');

describe('the inbox page', () => {
  it('lists the notifications in Vietnamese, newest first, unread ones emphasised and announced', async () => {
    await openInbox();
    const list = await screen.findByTestId('inbox-list');
    expect(screen.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeTruthy();
    expect(screen.getByText('2 thông báo chưa đọc')).toBeTruthy();
    expect(rows().map((row) => row.querySelector('.shell-inbox__title')?.textContent)).toEqual([
      'Phản ánh PA-2026-000123 đã được tiếp nhận',
      'Lịch cắt điện khu vực Mường Thanh',
      'Hồ sơ HS-42 đã hoàn thành',
    ]);
    expect(within(list).getByText('UBND phường Him Lam đang xử lý.')).toBeTruthy();
    expect(rows().map((row) => row.querySelector('time')?.textContent)).toEqual(['5 phút trước', '3 giờ trước', 'Hôm kia']);
    expect(unreadRows()).toHaveLength(2);
    expect(unreadRows()[0]!.textContent).toMatch(/^Chưa đọc: /);
    expect(rows()[2]!.textContent).not.toContain('Chưa đọc');
    expect(within(rows()[0]!).getByRole('link').getAttribute('href')).toBe(REPORT_LINK);
    expect(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeTruthy();
    expect(document.title).toBe('Thông báo · Cổng Thử Nghiệm');
    expect(server.requests).toContain(`GET /api/notifications?limit=${INBOX_PAGE_SIZE} ${BEARER}`);
  });

  it('speaks English on request', async () => {
    await openInbox('en');
    await screen.findByTestId('inbox-list');
    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    expect(screen.getByText('Report PA-2026-000123 was received')).toBeTruthy();
    expect(screen.getByText('Him Lam ward is handling it.')).toBeTruthy();
    expect(rows().map((row) => row.querySelector('time')?.textContent)).toEqual(['5 minutes ago', '3 hours ago', '2 days ago']);
    expect(screen.getByText('2 unread notifications')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeTruthy();
  });

  it('marks a notification read when tapped and opens its page; the bell counts one less', async () => {
    await openInbox();
    await screen.findByTestId('inbox-list');
    await waitFor(() => expect(bellLabel()).toBe('2 thông báo chưa đọc'));
    fireEvent.click(within(rows()[0]!).getByRole('link'));
    expect(await screen.findByRole('heading', { name: 'Phản ánh (mô-đun)' })).toBeTruthy();
    await waitFor(() => expect(server.requests).toContain(`POST /api/notifications/n3/read ${BEARER}`));
    expect(server.notifications.find((item) => item.id === 'n3')?.readAt).not.toBeNull();
    await waitFor(() => expect(bellLabel()).toBe('1 thông báo chưa đọc'));
  });

  it('marks a notification without a link read in place', async () => {
    await openInbox();
    await screen.findByTestId('inbox-list');
    fireEvent.click(within(rows()[1]!).getByRole('button'));
    expect(unreadRows()).toHaveLength(1);
    expect(screen.getByText('1 thông báo chưa đọc')).toBeTruthy();
    await waitFor(() => expect(server.requests).toContain(`POST /api/notifications/n2/read ${BEARER}`));
    await waitFor(() => expect(bellLabel()).toBe('1 thông báo chưa đọc'));
    expect(screen.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeTruthy();
  });

  it('never follows a link that leaves the portal', async () => {
    server.notifications = [
      notification('x1', 1, { vi: 'Tin lạ', en: 'Odd news' }, { link: 'https://evil.example/phish' }),
      notification('x2', 2, { vi: 'Tin lạ 2', en: 'Odd news 2' }, { link: '//evil.example/phish' }),
      notification('x3', 3, { vi: 'Tin lạ 3', en: 'Odd news 3' }, { link: 'javascript:alert(1)' }),
    ];
    await openInbox();
    const list = await screen.findByTestId('inbox-list');
    expect(within(list).queryAllByRole('link')).toEqual([]);
    fireEvent.click(within(rows()[0]!).getByRole('button'));
    await waitFor(() => expect(server.requests).toContain(`POST /api/notifications/x1/read ${BEARER}`));
    expect(screen.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeTruthy();
  });

  it('puts a notification back to unread and says so when marking it read fails', async () => {
    server.failures.set('/api/notifications/n2/read', 503);
    await openInbox();
    await screen.findByTestId('inbox-list');
    fireEvent.click(within(rows()[1]!).getByRole('button'));
    expect((await screen.findByRole('alert')).textContent).toContain('Chưa đánh dấu được là đã đọc');
    expect(unreadRows()).toHaveLength(2);
    expect(server.notifications.find((item) => item.id === 'n2')?.readAt).toBeNull();
  });

  it('marks all read', async () => {
    await openInbox();
    await screen.findByTestId('inbox-list');
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect((await screen.findByRole('status')).textContent).toBe('Đã đánh dấu tất cả thông báo là đã đọc.');
    expect(unreadRows()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeNull();
    expect(server.requests).toContain(`POST /api/notifications/read-all ${BEARER}`);
    expect(server.notifications.every((item) => item.readAt !== null)).toBe(true);
    await waitFor(() => expect(bellLabel()).toBe('Thông báo, không có thông báo chưa đọc'));
  });

  it('loads older notifications with the cursor ("Xem thêm") until there are no more', async () => {
    server.notifications = Array.from({ length: INBOX_PAGE_SIZE + 5 }, (_, index) =>
      notification(`p${index}`, index + 1, { vi: `Tin số ${index}`, en: `News ${index}` }),
    );
    await openInbox();
    await screen.findByTestId('inbox-list');
    expect(rows()).toHaveLength(INBOX_PAGE_SIZE);
    server.failures.set('/api/notifications', 503);
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Chưa tải thêm được thông báo');
    expect(rows()).toHaveLength(INBOX_PAGE_SIZE);

    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(rows()).toHaveLength(INBOX_PAGE_SIZE + 5));
    expect(rows().at(-1)!.textContent).toContain(`Tin số ${INBOX_PAGE_SIZE + 4}`);
    expect(server.requests).toContain(`GET /api/notifications?limit=${INBOX_PAGE_SIZE}&before=p${INBOX_PAGE_SIZE - 1} ${BEARER}`);
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an empty state when there is nothing yet', async () => {
    server.notifications = [];
    await openInbox();
    const empty = await screen.findByTestId('inbox-empty');
    expect(within(empty).getByRole('heading', { name: 'Chưa có thông báo nào' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeNull();
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    server.failures.set('/api/notifications', 503);
    await openInbox();
    const error = await screen.findByTestId('inbox-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Chưa tải được thông báo');
    fireEvent.click(within(error).getByRole('button', { name: 'Thử lại' }));
    await screen.findByTestId('inbox-list');
    expect(rows()).toHaveLength(3);
  });

  it('sends a visitor who is not signed in to the sign-in page first', async () => {
    const client = new TestAuthClient();
    const { controller } = testSessionController(client.connect);
    await renderShell('/inbox', new TestLoader({}), 'vi', controller);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cần đăng nhập' })).toBeTruthy();
    await waitFor(() => expect(client.signIns).toHaveLength(1));
    expect(sessionStorage.getItem('portal.signIn.returnTo')).toBe('/inbox');
    expect(server.requests).toEqual([]);
  });
});
