// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeApi, json } from '../shared/testing/fake-api.js';
import { HOUSEHOLD_SUMMARY } from '../shared/testing/fixtures.js';
import { anonymous, renderApp, signedIn } from '../shared/testing/render-app.js';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi()
    .on('GET', '/fields', () =>
      json([
        { id: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' }, procedureCount: 8 },
        { id: 'dat-dai', name: { vi: 'Đất đai', en: 'Land' }, procedureCount: 0 },
      ]),
    )
    .on('GET', '/agencies', () => json([]))
    .on('GET', '/catalog', () => json({ items: [HOUSEHOLD_SUMMARY], total: 1 }));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

describe('the home screen', () => {
  it('offers the search, the fields with procedures, and the ways in; the desk only to officers', async () => {
    renderApp('/m/procedures', anonymous(api.fetch));
    const fields = await screen.findByRole('link', { name: /Hộ tịch/ }, { timeout: 5000 });
    expect(fields.getAttribute('href')).toBe('/m/procedures/catalog?field=ho-tich');
    expect(screen.queryByRole('link', { name: /Đất đai/ })).toBeNull();
    const shortcuts = screen.getByRole('navigation', { name: 'Lối tắt' });
    expect(within(shortcuts).getAllByRole('link').map((link) => link.textContent)).toEqual(['Tất cả thủ tục', 'Hồ sơ của tôi', 'Tra cứu hồ sơ', 'Thống kê']);
    cleanup();
    renderApp('/m/procedures', signedIn(api.fetch, { sub: 'officer-15', name: 'Cán bộ Một cửa', roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] }));
    expect(await screen.findByRole('link', { name: 'Một cửa' }, { timeout: 5000 })).toBeTruthy();
  });

  it('searching from the home opens the catalog with the words', async () => {
    renderApp('/m/procedures', anonymous(api.fetch));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Tìm thủ tục' }), { target: { value: 'ho kinh doanh' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thủ tục hành chính' }, { timeout: 5000 })).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Tìm thủ tục' }) as HTMLInputElement).value).toBe('ho kinh doanh');
    await screen.findByText('Tìm thấy 1 thủ tục');
    expect(api.sent('GET', '/catalog')[0]?.query.get('q')).toBe('ho kinh doanh');
  });
});
