import '../test-support/setup.js';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@portal/shared-ui';
import { renderShell, useOrigin } from '../test-support/render-shell.js';
import { registryEntry, startRegistryServer, type RegistryServer } from '../test-support/registry-server.js';
import { TestLoader } from '../test-support/test-loader.js';

const MODULES = [
  registryEntry('hotlines', { vi: 'Đường dây nóng', en: 'Hotlines' }, 'phone'),
  registryEntry('feedback', { vi: 'Phản ánh hiện trường', en: 'Report a problem' }, 'camera'),
];

let server: RegistryServer;

beforeAll(async () => {
  server = await startRegistryServer(MODULES);
  useOrigin(server.origin);
});

beforeEach(() => {
  server.modules = MODULES;
});

afterAll(() => server.close());

describe('the home page', () => {
  it('shows one tile per module, named in Vietnamese, linking to /m/<id>', async () => {
    await renderShell('/', new TestLoader({}));
    const hotlines = await screen.findByRole('link', { name: 'Đường dây nóng' });
    expect(hotlines.getAttribute('href')).toBe('/m/hotlines');
    expect(screen.getByRole('link', { name: 'Phản ánh hiện trường' }).getAttribute('href')).toBe('/m/feedback');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cổng Thử Nghiệm' })).toBeTruthy();
    expect(screen.getByText('Tỉnh Thử')).toBeTruthy();
  });

  it('renames the tiles when the language switch picks English, and remembers it', async () => {
    await renderShell('/', new TestLoader({}));
    await screen.findByRole('link', { name: 'Đường dây nóng' });
    const languageSwitch = screen.getByLabelText('Ngôn ngữ');
    expect(languageSwitch.getAttribute('data-testid')).toBe('language-switch');
    await act(async () => {
      fireEvent.change(languageSwitch, { target: { value: 'en' } });
    });
    expect(screen.getByRole('link', { name: 'Hotlines' }).getAttribute('href')).toBe('/m/hotlines');
    expect(screen.getByRole('link', { name: 'Report a problem' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Test Portal' })).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows an error with a retry when the registry cannot be reached', async () => {
    server.modules = 503;
    await renderShell('/', new TestLoader({}));
    const error = await screen.findByTestId('registry-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Không kết nối được máy chủ');

    server.modules = MODULES;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Đường dây nóng' })).toBeTruthy();
    expect(screen.queryByTestId('registry-error')).toBeNull();
  });

  it('says so when no module is enabled', async () => {
    server.modules = [];
    await renderShell('/', new TestLoader({}), 'en');
    expect(await screen.findByRole('heading', { name: 'No services yet' })).toBeTruthy();
  });
});
