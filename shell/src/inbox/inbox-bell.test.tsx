import '../test-support/setup.js';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderShell, useOrigin } from '../test-support/render-shell.js';
import { CITIZEN, TestAuthClient } from '../test-support/test-auth-client.js';
import { TestLoader } from '../test-support/test-loader.js';
import { testSessionController } from '../test-support/test-session.js';
import { notification, startInboxServer, type InboxTestServer } from './inbox-test-server.js';
import { UNREAD_POLL_MS } from './use-unread-count.js';

let server: InboxTestServer;
beforeAll(async () => {
  server = await startInboxServer(CITIZEN.sub);
  useOrigin(server.origin);
});
beforeEach(() => {
  server.requests.length = 0;
  server.failures.clear();
});
afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});
afterAll(() => server.close());

function unreadNotifications(count: number) {
  return Array.from({ length: count }, (_, index) => notification(`n${index}`, index, { vi: `Tin ${index}`, en: `News ${index}` }));
}

async function signedIn(path = '/', language: 'vi' | 'en' = 'vi') {
  localStorage.setItem('portal.session', '1');
  const { controller } = testSessionController(new TestAuthClient(CITIZEN).connect);
  await renderShell(path, new TestLoader({}), language, controller);
  // The first test of a run also waits for the lazy bell's code to be transformed.
  return screen.findByTestId('inbox-bell', {}, { timeout: 5000 });
}

const countRequests = () => server.requests.filter((request) => request.startsWith('GET /api/notifications/unread-count')).length;

/** Waits with real timeouts (the poll's setInterval may be faked). */
async function until(check: () => boolean, message: string) {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 3000) throw new Error(`timed out waiting for ${message}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

async function labelBecomes(bell: HTMLElement, label: string) {
  await until(() => bell.getAttribute('aria-label') === label, `label "${label}", got "${bell.getAttribute('aria-label')}"`);
}

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the inbox bell in the app bar', () => {
  it('links to the inbox and shows the unread count with a spoken label', async () => {
    server.notifications = unreadNotifications(3);
    const bell = await signedIn();
    await labelBecomes(bell, '3 thông báo chưa đọc');
    expect(bell.getAttribute('href')).toBe('/inbox');
    expect(screen.getByTestId('inbox-badge').textContent).toBe('3');
    expect(screen.getByTestId('inbox-badge').getAttribute('aria-hidden')).toBe('true');
    expect(server.requests).toContain(`GET /api/notifications/unread-count Bearer ${CITIZEN.sub}`);
  });

  it('shows "9+" above nine, while the label keeps the exact number', async () => {
    server.notifications = unreadNotifications(12);
    const bell = await signedIn();
    await labelBecomes(bell, '12 thông báo chưa đọc');
    expect(screen.getByTestId('inbox-badge').textContent).toBe('9+');
  });

  it('speaks English, singular and plural, and has no badge at zero', async () => {
    server.notifications = unreadNotifications(1);
    const bell = await signedIn('/', 'en');
    await labelBecomes(bell, '1 unread notification');
    server.notifications = [];
    fireEvent.click(screen.getByTestId('account-link')); // a route change asks again
    await labelBecomes(bell, 'Notifications, none unread');
    expect(screen.queryByTestId('inbox-badge')).toBeNull();
  });

  it('is not shown to a visitor who is not signed in, who asks nothing of the inbox API', async () => {
    await renderShell('/', new TestLoader({}), 'vi', testSessionController().controller);
    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.queryByTestId('inbox-bell')).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it('polls every 30 s while visible, keeps the last count when a poll fails, pauses while hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    server.notifications = unreadNotifications(2);
    const bell = await signedIn();
    await labelBecomes(bell, '2 thông báo chưa đọc');

    server.notifications = unreadNotifications(4);
    act(() => vi.advanceTimersByTime(UNREAD_POLL_MS));
    await labelBecomes(bell, '4 thông báo chưa đọc');

    server.failures.set('/api/notifications/unread-count', 503);
    const before = countRequests();
    act(() => vi.advanceTimersByTime(UNREAD_POLL_MS));
    await until(() => countRequests() === before + 1, 'the failing poll');
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(bell.getAttribute('aria-label')).toBe('4 thông báo chưa đọc');
    expect(screen.getByTestId('inbox-badge').textContent).toBe('4');

    act(() => setVisibility('hidden'));
    server.notifications = unreadNotifications(6);
    const hiddenAt = countRequests();
    act(() => vi.advanceTimersByTime(3 * UNREAD_POLL_MS));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(countRequests()).toBe(hiddenAt);

    act(() => setVisibility('visible')); // back to the tab: asks at once
    await labelBecomes(bell, '6 thông báo chưa đọc');
  });

  it('asks again on a route change', async () => {
    server.notifications = unreadNotifications(1);
    const bell = await signedIn();
    await labelBecomes(bell, '1 thông báo chưa đọc');
    server.notifications = unreadNotifications(5);
    fireEvent.click(screen.getByTestId('account-link'));
    await labelBecomes(bell, '5 thông báo chưa đọc');
  });
});
