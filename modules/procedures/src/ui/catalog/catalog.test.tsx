// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcedureSummary } from '../../contract/schemas.js';
import { FakeApi, json } from '../shared/testing/fake-api.js';
import { HOUSEHOLD_DETAIL, HOUSEHOLD_SUMMARY, draftDossier } from '../shared/testing/fixtures.js';
import { BUSINESS, anonymous, renderApp, signedIn } from '../shared/testing/render-app.js';

const BIRTH: ProcedureSummary = {
  ...HOUSEHOLD_SUMMARY,
  id: 'dang-ky-khai-sinh',
  code: '1.001193',
  name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  level: 'commune',
  feeVnd: 0,
  processingDays: 1,
  applicantTypes: ['citizen'],
  onlineLevel: 'partial',
};

/** A catalog that, like the real one, ignores diacritics and case (every word must occur). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
let api: FakeApi;

beforeEach(() => {
  api = new FakeApi()
    .on('GET', '/fields', () => json([{ id: 'ho-tich', name: { vi: 'Hộ tịch', en: 'Civil status' }, procedureCount: 8 }]))
    .on('GET', '/agencies', () => json([HOUSEHOLD_DETAIL.agencyDetail]))
    .on('GET', '/catalog', (request) => {
      const words = fold(request.query.get('q') ?? '').split(/\s+/).filter(Boolean);
      const level = request.query.get('level');
      const items = [HOUSEHOLD_SUMMARY, BIRTH].filter((item) => words.every((word) => fold(item.name.vi).includes(word)) && (!level || item.level === level));
      return json({ items, total: items.length });
    })
    .on('GET', `/catalog/${HOUSEHOLD_DETAIL.id}`, () => json(HOUSEHOLD_DETAIL));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

describe('the catalog', () => {
  it('finds "Đăng ký thành lập hộ kinh doanh" typed without diacritics, once typing pauses', async () => {
    renderApp('/m/procedures/catalog', anonymous(api.fetch));
    expect(await screen.findByText('Tìm thấy 2 thủ tục', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }), { target: { value: 'dang ky ho' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }), { target: { value: 'dang ky ho kinh doanh' } });
    expect(await screen.findByText('Tìm thấy 1 thủ tục', {}, { timeout: 3000 })).toBeTruthy();
    // Debounced: the half-typed words were never sent.
    expect(api.sent('GET', '/catalog').map((request) => request.query.get('q'))).toEqual([null, 'dang ky ho kinh doanh']);
    const results = screen.getByRole('list', { name: 'Thủ tục hành chính' });
    const card = within(results).getByRole('link');
    expect(card.textContent).toContain('Đăng ký thành lập hộ kinh doanh');
    expect(card.textContent).toContain('UBND thành phố Điện Biên Phủ — Bộ phận Một cửa');
    expect(card.textContent).toContain('Thời hạn: 3 ngày làm việc');
    expect(card.textContent).toContain('Lệ phí: 100.000 ₫');
    expect(within(card).getByText('Toàn trình')).toBeTruthy();
    expect(card.getAttribute('href')).toBe('/m/procedures/catalog/dang-ky-ho-kinh-doanh');
  });

  it('filters in a collapsible panel and says when nothing matches', async () => {
    renderApp('/m/procedures/catalog?q=khai%20sinh', anonymous(api.fetch));
    expect(await screen.findByText('Tìm thấy 1 thủ tục', {}, { timeout: 5000 })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Thủ tục hành chính' })).getByText('Miễn phí', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByText('Bộ lọc'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Cấp thực hiện' }), { target: { value: 'district' } });
    expect(await screen.findByText('Không tìm thấy thủ tục phù hợp')).toBeTruthy();
    expect(api.sent('GET', '/catalog').at(-1)?.query.toString()).toBe('q=khai+sinh&level=district');
    expect(screen.getByText('Bộ lọc (1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xoá bộ lọc' }));
    expect(await screen.findByText('Tìm thấy 1 thủ tục')).toBeTruthy();
  });
});

describe('the procedure page', () => {
  it('shows what to bring with template links, and asks an anonymous visitor to sign in to apply', async () => {
    renderApp(`/m/procedures/catalog/${HOUSEHOLD_DETAIL.id}`, anonymous(api.fetch));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký thành lập hộ kinh doanh' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đăng nhập để nộp hồ sơ' })).toBeTruthy();
    const template = screen.getByRole('link', { name: 'Tải mẫu: Mẫu Phụ lục III-1' });
    expect(template.getAttribute('href')).toBe('/api/procedures/catalog/dang-ky-ho-kinh-doanh/templates/giay-de-nghi.pdf');
    expect(screen.getByText('3 ngày làm việc')).toBeTruthy();
    expect(screen.getByText('Thứ Hai–Thứ Sáu, 7:30–17:00')).toBeTruthy();
  });

  it('creates the draft for a business with an Idempotency-Key and opens the editor', async () => {
    const draft = draftDossier();
    api.on('POST', '/dossiers', () => json(draft, 201)).on('GET', `/dossiers/${draft.id}`, () => json(draft));
    renderApp(`/m/procedures/catalog/${HOUSEHOLD_DETAIL.id}`, signedIn(api.fetch));
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp hồ sơ trực tuyến' }, { timeout: 5000 }));
    expect(await screen.findByRole('heading', { name: 'Hồ sơ nháp' }, { timeout: 5000 })).toBeTruthy();
    const [create] = api.sent('POST', '/dossiers');
    expect(create?.json).toEqual({ procedureId: 'dang-ky-ho-kinh-doanh' });
    expect(create?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells an account of the wrong type why it may not apply', async () => {
    api.on('GET', `/catalog/${HOUSEHOLD_DETAIL.id}`, () => json({ ...HOUSEHOLD_DETAIL, applicantTypes: ['citizen'] }));
    renderApp(`/m/procedures/catalog/${HOUSEHOLD_DETAIL.id}`, signedIn(api.fetch, BUSINESS));
    const button = await screen.findByRole('button', { name: 'Nộp hồ sơ trực tuyến' }, { timeout: 5000 });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByText('Thủ tục này chỉ dành cho: Công dân. Tài khoản của bạn không nộp được.')).toBeTruthy());
  });
});
