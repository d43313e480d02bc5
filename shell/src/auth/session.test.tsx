import '../test-support/setup.js';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderShell, useOrigin } from '../test-support/render-shell.js';
import { registryEntry, startRegistryServer, type RegistryServer } from '../test-support/registry-server.js';
import { CITIZEN, OFFICER, TestAuthClient } from '../test-support/test-auth-client.js';
import { TestLoader } from '../test-support/test-loader.js';
import { testSessionController } from '../test-support/test-session.js';

const HOTLINES = registryEntry('hotlines', { vi: 'Đường dây nóng', en: 'Hotlines' }, 'phone');
const OFFICE = registryEntry('e-office', { vi: 'Văn phòng điện tử', en: 'E-office' }, 'document');
const HINT_KEY = 'portal.session';

let server: RegistryServer;
beforeAll(async () => {
  server = await startRegistryServer([HOTLINES]);
  server.modulesForToken[OFFICER.sub] = [OFFICE];
  useOrigin(server.origin);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
beforeEach(() => {
  server.authorizations.length = 0;
});
afterAll(() => server.close());

const signInButton = () => screen.findByRole('button', { name: 'Đăng nhập' });
/** The public module is listed (and so the registry request of the test has been answered). */
const publicTile = () => screen.findByRole('link', { name: 'Đường dây nóng' });

describe('an anonymous first visit', () => {
  it('shows the sign-in button and never loads the auth chunk (no hint)', async () => {
    const { controller, loads } = testSessionController();
    await renderShell('/', new TestLoader({}), 'vi', controller);
    expect(await signInButton()).toBeTruthy();
    await publicTile();
    expect(loads.count).toBe(0);
    expect(controller.getState().session.status).toBe('anonymous');
    expect(server.authorizations).toEqual(['']);
  });

  it('loads the auth chunk on "Đăng nhập" and goes to the sign-in page in the current language', async () => {
    const client = new TestAuthClient();
    const { controller, loads } = testSessionController(client.connect);
    await renderShell('/m/hotlines', new TestLoader({}), 'vi', controller);
    fireEvent.click(await signInButton());
    await waitFor(() => expect(client.signIns).toEqual(['vi']));
    expect(loads.count).toBe(1);
    expect(client.connections[0]?.checkSso).toBe(false);
    expect(sessionStorage.getItem('portal.signIn.returnTo')).toBe('/m/hotlines');
    await screen.findByTestId('module-fallback');
  });

  it('sends a visitor who opens /profile to the sign-in page, to come back to /profile', async () => {
    const client = new TestAuthClient();
    const { controller } = testSessionController(client.connect);
    await renderShell('/profile', new TestLoader({}), 'vi', controller);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cần đăng nhập' })).toBeTruthy();
    await waitFor(() => expect(client.signIns).toHaveLength(1));
    expect(sessionStorage.getItem('portal.signIn.returnTo')).toBe('/profile');
  });

  it('says so when the sign-in page cannot be reached', async () => {
    const { controller } = testSessionController(); // loading the auth chunk fails
    await renderShell('/', new TestLoader({}), 'vi', controller);
    fireEvent.click(await signInButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Chưa mở được trang đăng nhập');
    await publicTile();
  });
});

describe('a returning user (hint set after an earlier sign-in)', () => {
  it('checks silently, shows the name in the app bar and lists the modules of their roles', async () => {
    localStorage.setItem(HINT_KEY, '1');
    const client = new TestAuthClient(OFFICER);
    const { controller, loads } = testSessionController(client.connect);
    await renderShell('/', new TestLoader({}), 'vi', controller);
    const account = await screen.findByTestId('account-link');
    expect(account.textContent).toContain('Tơi');
    expect(account.getAttribute('aria-label')).toBe('Tài khoản của Điêu Chính Tơi');
    expect(account.getAttribute('href')).toBe('/profile');
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).toBeNull();
    expect(loads.count).toBe(1);
    expect(client.connections[0]?.checkSso).toBe(true);
    // The registry is asked again with the officer's token and now lists the officers' module.
    expect(await screen.findByRole('link', { name: 'Văn phòng điện tử' })).toBeTruthy();
    expect(server.authorizations).toContain(`Bearer ${OFFICER.sub}`);
    // Uploads with progress (XMLHttpRequest) take the same token.
    expect(await controller.getState().session.token?.()).toBe(OFFICER.sub);
  });

  it('forgets the hint when the provider has no session any more', async () => {
    localStorage.setItem(HINT_KEY, '1');
    const client = new TestAuthClient(undefined);
    const { controller } = testSessionController(client.connect);
    await renderShell('/', new TestLoader({}), 'vi', controller);
    expect(await signInButton()).toBeTruthy();
    expect(localStorage.getItem(HINT_KEY)).toBeNull();
    await publicTile();
  });

  it('ends the session cleanly when a token refresh is refused', async () => {
    localStorage.setItem(HINT_KEY, '1');
    const client = new TestAuthClient(CITIZEN);
    const { controller } = testSessionController(client.connect);
    await renderShell('/', new TestLoader({}), 'vi', controller);
    await screen.findByTestId('account-link');
    act(() => client.end());
    expect(await signInButton()).toBeTruthy();
    expect(localStorage.getItem(HINT_KEY)).toBeNull();
    // The list is asked again without a token.
    await waitFor(() => expect(server.authorizations.at(-1)).toBe(''));
    await publicTile();
  });

  it('signs out: the hint is cleared and the provider’s logout runs', async () => {
    localStorage.setItem(HINT_KEY, '1');
    const client = new TestAuthClient(CITIZEN);
    const { controller } = testSessionController(client.connect);
    await renderShell('/profile', new TestLoader({}), 'vi', controller);
    fireEvent.click(await screen.findByTestId('sign-out'));
    await waitFor(() => expect(client.signOuts).toBe(1));
    expect(localStorage.getItem(HINT_KEY)).toBeNull();
  });
});

describe('coming back from the sign-in page', () => {
  it('finishes signing in and shows the page the user came from', async () => {
    sessionStorage.setItem('portal.signIn.returnTo', '/m/hotlines');
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${server.origin}/#state=s1&code=c1`);
    const client = new TestAuthClient(CITIZEN);
    const { controller } = testSessionController(client.connect);
    const loader = new TestLoader({ hotlines: () => <h1>Đường dây nóng (mô-đun)</h1> });
    await renderShell('/', loader, 'vi', controller);
    expect(await screen.findByRole('heading', { name: 'Đường dây nóng (mô-đun)' })).toBeTruthy();
    expect(localStorage.getItem(HINT_KEY)).toBe('1');
    expect(sessionStorage.getItem('portal.signIn.returnTo')).toBeNull();
  });
});
