// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stats } from '../../contract/schemas.js';
import { FakeApi, json, renderPage, sessionFor } from '../office/ui-test-support.js';
import { LookupPage } from './lookup-page.js';
import { StatsPage } from './stats-page.js';
import { VerifyPage } from './verify-page.js';

const notFound = () => json({ type: '/problems/not-found', title: 'Không tìm thấy hồ sơ', status: 404 }, 404);

afterEach(() => cleanup());

/** The page's width, as a phone (360 px) or a desktop screen shows it. */
function setViewport(width: number) {
  (window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height: 800 });
}

describe('public dossier lookup', () => {
  const api = () =>
    new FakeApi().on('GET', '/api/procedures/lookup', ({ query }) =>
      query.get('code') === 'H40.25-261125-0001' && query.get('last4') === '3456'
        ? json({
            code: 'H40.25-261125-0001',
            status: 'processing',
            procedure: { vi: 'Đăng ký hộ kinh doanh', en: 'Business household registration' },
            agency: { vi: 'UBND thành phố Điện Biên Phủ', en: 'Dien Bien Phu City' },
            submittedAt: '2026-11-25T02:00:00.000Z',
            appointmentAt: '2026-12-02T10:00:00.000Z',
            resultIssuedAt: null,
          })
        : notFound(),
    );

  it('checks the digits before asking, then shows the status and dates only', async () => {
    const fake = api();
    renderPage(<LookupPage />, { path: 'lookup', route: 'lookup', session: sessionFor(null, fake) });
    fireEvent.change(screen.getByLabelText('Mã hồ sơ'), { target: { value: ' h40.25-261125-0001 ' } });
    fireEvent.change(screen.getByLabelText('4 số cuối CCCD hoặc mã số thuế'), { target: { value: '34' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByText('Nhập đúng 4 chữ số.')).toBeTruthy();
    expect(fake.sent).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('4 số cuối CCCD hoặc mã số thuế'), { target: { value: '3456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    const heading = await screen.findByRole('heading', { name: 'Hồ sơ H40.25-261125-0001' });
    const answer = heading.parentElement!;
    expect(within(answer).getByText('Đang xử lý')).toBeTruthy();
    expect(within(answer).getByText('Đăng ký hộ kinh doanh')).toBeTruthy();
    expect(within(answer).getByText('UBND thành phố Điện Biên Phủ')).toBeTruthy();
    expect(within(answer).getByText('25/11/2026')).toBeTruthy();
    expect(within(answer).getByText('02/12/2026')).toBeTruthy();
    expect(fake.sent[0]?.query.get('code')).toBe('H40.25-261125-0001');
  });

  it('says clearly when nothing matches', async () => {
    // A link can carry the code; the digits are always typed.
    renderPage(<LookupPage />, { path: 'lookup?code=H40.25-261125-0001', route: 'lookup', session: sessionFor(null, api()) });
    expect((screen.getByLabelText('Mã hồ sơ') as HTMLInputElement).value).toBe('H40.25-261125-0001');
    fireEvent.change(screen.getByLabelText('4 số cuối CCCD hoặc mã số thuế'), { target: { value: '9999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy hồ sơ' })).toBeTruthy();
    expect(screen.queryByText('Đang xử lý')).toBeNull();
  });
});

describe('result verification', () => {
  const verifyApi = () =>
    new FakeApi().on('GET', /^\/api\/procedures\/verify\//, ({ path }) =>
      path.endsWith('/7KQ2M9XH4P')
        ? json({
            valid: true,
            verificationCode: '7KQ2M9XH4P',
            dossierCode: 'H40.25-261125-0001',
            resultName: { vi: 'Giấy chứng nhận đăng ký hộ kinh doanh', en: 'Business household registration certificate' },
            procedure: { vi: 'Đăng ký hộ kinh doanh', en: 'Business household registration' },
            agency: { vi: 'UBND thành phố Điện Biên Phủ', en: 'Dien Bien Phu City' },
            issuedAt: '2026-11-28T03:30:00.000Z',
            sha256: 'a'.repeat(64),
          })
        : notFound(),
    );

  it('verifies the code of the address at once', async () => {
    renderPage(<VerifyPage />, { path: 'verify/7kq2m9xh4p', route: 'verify/:code', session: sessionFor(null, verifyApi()) });
    const panel = (await screen.findByRole('heading', { name: 'Văn bản hợp lệ' })).parentElement!;
    expect(within(panel).getByText('Giấy chứng nhận đăng ký hộ kinh doanh')).toBeTruthy();
    expect(within(panel).getByText('H40.25-261125-0001')).toBeTruthy();
    expect(within(panel).getByText('a'.repeat(64))).toBeTruthy();
    expect(within(panel).getByText('10:30 28/11/2026')).toBeTruthy();
  });

  it('says “không hợp lệ” for an unknown code, and the form leads to the code’s address', async () => {
    const fake = verifyApi();
    renderPage(<VerifyPage />, { path: 'verify/ABCDEFGH12', route: 'verify/:code', session: sessionFor(null, fake) });
    expect(await screen.findByRole('heading', { name: 'Mã xác thực không hợp lệ' })).toBeTruthy();
    cleanup();
    renderPage(<VerifyPage />, { path: 'verify', route: 'verify/:code?', session: sessionFor(null, fake) });
    fireEvent.change(screen.getByLabelText('Mã xác thực'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Mã xác thực gồm đúng 10 ký tự chữ và số.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Mã xác thực'), { target: { value: '7KQ2 M9XH 4P' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByRole('heading', { name: 'Văn bản hợp lệ' })).toBeTruthy();
  });
});

describe('public statistics', () => {
  const figures = { received: 1234, inProcess: 12, early: 30, onTime: 5, late: 5, onTimePercent: 87.5, overdueInProcess: 2 };
  const stats: Stats = {
    from: '2026-11-01',
    to: '2026-11-30',
    agencies: [{ agency: { id: 'bp-mot-cua-tp-dbp', name: { vi: 'Bộ phận Một cửa TP Điện Biên Phủ', en: 'City desk' }, level: 'district' }, ...figures }],
    total: figures,
  };

  it('shows a card per agency and the totals on a phone, and asks again for another period', async () => {
    setViewport(360);
    const fake = new FakeApi().on('GET', '/api/procedures/stats', stats);
    renderPage(<StatsPage />, { path: 'stats', route: 'stats', session: sessionFor(null, fake) });
    const card = (await screen.findByRole('heading', { name: 'Bộ phận Một cửa TP Điện Biên Phủ' })).parentElement!;
    expect(within(card).getByText('Tiếp nhận').nextSibling?.textContent).toBe('1.234');
    expect(within(card).getByText('Tỉ lệ đúng hạn').nextSibling?.textContent).toMatch(/^87,5\s?%$/);
    expect(within(card).getByText('2 hồ sơ đang quá hạn')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tổng cộng' })).toBeTruthy();
    const first = fake.calls('GET', '/api/procedures/stats')[0]!;
    expect(first.query.get('from')).toMatch(/^\d{4}-\d{2}-01$/);

    fireEvent.click(screen.getByRole('radio', { name: 'Năm nay' }));
    await waitFor(() => expect(fake.calls('GET', '/api/procedures/stats')).toHaveLength(2));
    expect(fake.calls('GET', '/api/procedures/stats')[1]!.query.get('from')).toMatch(/^\d{4}-01-01$/);
  });

  it('is a table with a caption, row headers and totals on a wide screen', async () => {
    setViewport(1280);
    renderPage(<StatsPage />, { path: 'stats', route: 'stats', session: sessionFor(null, new FakeApi().on('GET', '/api/procedures/stats', stats)) });
    const table = await screen.findByRole('table', { name: /^Kết quả giải quyết hồ sơ theo cơ quan, Từ \d{2}\/\d{2}\/\d{4} đến/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Cơ quan',
      'Tiếp nhận',
      'Đang xử lý',
      'Trước hạn',
      'Đúng hạn',
      'Trễ hạn',
      'Tỉ lệ đúng hạn',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Tổng cộng' })).toBeTruthy();
    setViewport(360);
  });
});
