// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeApi, json } from '../shared/testing/fake-api.js';
import { draftDossier } from '../shared/testing/fixtures.js';
import { anonymous, renderApp, signedIn } from '../shared/testing/render-app.js';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi()
    .on('GET', '/fields', () => json([]));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

describe('my dossiers', () => {
  it('lists my dossiers, filters by status with chips and pages with the cursor', async () => {
    const submitted = draftDossier({ id: 'd-2', code: 'H40.25-261130-0001', status: 'submitted', appointmentAt: '2026-12-03T10:00:00.000Z' });
    api.on('GET', '/dossiers', (request) => {
      if (request.query.get('status') === 'draft') return json({ items: [draftDossier()], nextCursor: null });
      if (request.query.get('cursor')) return json({ items: [draftDossier()], nextCursor: null });
      return json({ items: [submitted], nextCursor: 'c-1' });
    });
    renderApp('/m/procedures/dossiers', signedIn(api.fetch));
    const list = await screen.findByRole('list', { name: 'Hồ sơ của tôi' }, { timeout: 5000 });
    expect(within(list).getByText('H40.25-261130-0001')).toBeTruthy();
    expect(within(list).getByText('Hẹn trả 03/12/2026')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await within(list).findByText('Chưa có (hồ sơ nháp)')).toBeTruthy();
    expect(api.sent('GET', '/dossiers').at(-1)?.query.get('cursor')).toBe('c-1');

    const chips = screen.getByRole('group', { name: 'Lọc theo trạng thái' });
    fireEvent.click(within(chips).getByRole('button', { name: 'Bản nháp' }));
    expect(within(chips).getByRole('button', { name: 'Bản nháp' }).getAttribute('aria-pressed')).toBe('true');
    await screen.findByText('Chưa có (hồ sơ nháp)');
    expect(api.sent('GET', '/dossiers').at(-1)?.query.get('status')).toBe('draft');
    expect(screen.queryByText('H40.25-261130-0001')).toBeNull();
  });

  it('tells an officer the page is for applicants, without asking the API', async () => {
    renderApp('/m/procedures/dossiers', signedIn(api.fetch, { sub: 'officer-15', name: 'Cán bộ', roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] }));
    expect(await screen.findByText('Trang này dành cho công dân và doanh nghiệp.', {}, { timeout: 5000 })).toBeTruthy();
    expect(api.sent('GET', '/dossiers')).toHaveLength(0);
  });

  it('asks an anonymous visitor to sign in', async () => {
    renderApp('/m/procedures/dossiers', anonymous(api.fetch));
    expect(await screen.findByRole('button', { name: 'Đăng nhập' }, { timeout: 5000 })).toBeTruthy();
    expect(api.sent('GET', '/dossiers')).toHaveLength(0);
  });
});
