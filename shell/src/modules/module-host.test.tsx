import '../test-support/setup.js';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ModuleAppProps } from '@portal/module-kit';
import { renderShell, useOrigin } from '../test-support/render-shell.js';
import { registryEntry, startRegistryServer, type RegistryServer } from '../test-support/registry-server.js';
import { TestLoader } from '../test-support/test-loader.js';

function HotlinesApp({ basePath, version }: ModuleAppProps) {
  return (
    <Routes>
      <Route index element={<h1 data-testid="module-version">Đường dây nóng {version} {basePath}</h1>} />
      <Route path="lines/:lineId" element={<LineDetail />} />
    </Routes>
  );
}

function LineDetail() {
  const { lineId } = useParams();
  return <h1>Số {lineId}</h1>;
}

function BrokenApp(): never {
  throw new Error('render failed');
}

let server: RegistryServer;

beforeAll(async () => {
  server = await startRegistryServer([
    registryEntry('hotlines', { vi: 'Đường dây nóng', en: 'Hotlines' }, 'phone'),
    registryEntry('broken', { vi: 'Hỏng', en: 'Broken' }),
  ]);
  useOrigin(server.origin);
  // The error boundary logs what it caught; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(() => server.close());

describe('a module page', () => {
  it('shows a skeleton, then the module with its basePath and version', async () => {
    const loader = new TestLoader({ hotlines: HotlinesApp });
    await renderShell('/m/hotlines', loader);
    expect(await screen.findByRole('status')).toBeTruthy();
    const module = await screen.findByTestId('module-version');
    expect(module.textContent).toBe('Đường dây nóng 1.0.0 /m/hotlines');
    expect(loader.registered).toEqual(['portal_hotlines', 'portal_broken']);
  });

  it('gives the module the rest of the path for its own routes', async () => {
    await renderShell('/m/hotlines/lines/113', new TestLoader({ hotlines: HotlinesApp }));
    expect(await screen.findByRole('heading', { name: 'Số 113' })).toBeTruthy();
  });

  it('shows a localized fallback when the module cannot load, and loads it again on retry', async () => {
    const loader = new TestLoader({ hotlines: HotlinesApp }, 1);
    await renderShell('/m/hotlines', loader);
    const fallback = await screen.findByTestId('module-fallback');
    expect(fallback.getAttribute('role')).toBe('alert');
    expect(fallback.textContent).toContain('Dịch vụ tạm thời không khả dụng');
    expect(fallback.textContent).toContain('Đường dây nóng');
    // The rest of the shell still works: the app bar and its language switch are there.
    expect(screen.getByTestId('language-switch')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('module-version')).toBeTruthy();
    expect(screen.queryByTestId('module-fallback')).toBeNull();
    expect(loader.loads).toBe(2);
  });

  it('catches a module that throws while rendering and keeps the home reachable', async () => {
    await renderShell('/m/broken', new TestLoader({ broken: BrokenApp }), 'en');
    const fallback = await screen.findByTestId('module-fallback');
    expect(fallback.textContent).toContain('This service is temporarily unavailable');
    fireEvent.click(screen.getByRole('link', { name: 'Back to home' }));
    expect(await screen.findByRole('link', { name: 'Hotlines' })).toBeTruthy();
  });

  it('says "not found" for a module id the registry does not list', async () => {
    await renderShell('/m/no-such-module', new TestLoader({}));
    const notFound = await screen.findByTestId('not-found');
    expect(notFound.textContent).toContain('Không tìm thấy dịch vụ');
    await waitFor(() => expect(document.title).toContain('Không tìm thấy dịch vụ'));
  });
});
