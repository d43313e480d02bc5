// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InboxPage } from './inbox-page.js';
import { summary } from './test-fixtures.js';
import { FakeApi, renderPage, sessionFor, type TestPerson } from './ui-test-support.js';

const officer: TestPerson = { sub: 'officer-15', name: 'Cầm Văn Sơn', roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] };
const twoDesks: TestPerson = { ...officer, units: ['bp-mot-cua-tp-dbp', 'ubnd-phuong-him-lam'] };
const citizen: TestPerson = { sub: 'citizen-1', name: 'Nguyễn Văn An', roles: ['citizen'] };
const DAY = 86_400_000;
const counts = { new: 3, in_process: 5, awaiting_supplement: 1, due_soon: 2, overdue: 1, done: 7, all: 19 };

const fresh = summary({ id: 'd-new', code: 'H40.25-261127-0003', appointmentAt: new Date(Date.now() + 3 * DAY).toISOString() });
const late = summary({
  id: 'd-late',
  code: 'H40.25-261101-0001',
  status: 'processing',
  overdue: true,
  applicantName: 'Nguyễn Văn An',
  applicantType: 'citizen',
  orgName: null,
  procedure: { id: 'xac-nhan-cu-tru', code: '1.004194', name: { vi: 'Xác nhận thông tin về cư trú', en: 'Residence confirmation' } },
  appointmentAt: new Date(Date.now() - 2 * DAY).toISOString(),
});

function inboxApi() {
  return new FakeApi()
    .on('GET', '/api/procedures/agencies', [
      { id: 'bp-mot-cua-tp-dbp', name: { vi: 'Bộ phận Một cửa TP Điện Biên Phủ', en: 'City one-stop desk' } },
      { id: 'ubnd-phuong-him-lam', name: { vi: 'UBND phường Him Lam', en: 'Him Lam ward' } },
    ])
    .on('GET', '/api/procedures/office/inbox', ({ query }) => {
      const bucket = query.get('bucket');
      if (bucket === 'overdue') return Response.json({ items: [late], nextCursor: null, counts });
      if (query.get('q') === 'nguyen van an') return Response.json({ items: [late], nextCursor: null, counts });
      if (query.get('cursor') === 'page-2') return Response.json({ items: [summary({ id: 'd-older', code: 'H40.25-261120-0002' })], nextCursor: null, counts });
      return Response.json({ items: [fresh], nextCursor: 'page-2', counts });
    });
}

const codes = () => screen.queryAllByRole('link').map((link) => link.textContent?.match(/H40\.25-\d{6}-\d{4}/)?.[0]).filter(Boolean);

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

describe('one-stop desk inbox', () => {
  it('tells citizens the page is for officers, and offers visitors to sign in', async () => {
    const api = inboxApi();
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionFor(citizen, api) });
    expect(screen.getByRole('heading', { level: 1, name: 'Trang này chỉ dành cho cán bộ Bộ phận Một cửa' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).toBeNull();
    cleanup();
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionFor(null, api) });
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeTruthy();
    expect(api.sent).toHaveLength(0);
  });

  it('shows every bucket with its count, new dossiers first, and switches buckets', async () => {
    const api = inboxApi();
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionFor(officer, api) });
    const newTab = await screen.findByRole('button', { name: 'Mới, 3 hồ sơ' });
    expect(newTab.getAttribute('aria-pressed')).toBe('true');
    for (const name of ['Đang xử lý, 5 hồ sơ', 'Chờ bổ sung, 1 hồ sơ', 'Sắp đến hạn, 2 hồ sơ', 'Quá hạn, 1 hồ sơ', 'Đã xong, 7 hồ sơ', 'Tất cả, 19 hồ sơ']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(api.calls('GET', '/api/procedures/office/inbox')[0]?.query.get('bucket')).toBe('new');
    // One desk: no agency picker.
    expect(screen.queryByLabelText('Cơ quan')).toBeNull();

    const item = screen.getByRole('link', { name: /H40\.25-261127-0003/ });
    expect(item.getAttribute('href')).toBe('/m/procedures/office/dossiers/d-new');
    expect(item.textContent).toContain('Đăng ký hộ kinh doanh');
    expect(item.textContent).toContain('Người nộp: Công ty TNHH Hoa Ban Điện Biên (Lò Văn Khánh)');
    expect(item.textContent).toContain('Chờ tiếp nhận');
    expect(item.textContent).toMatch(/Hẹn trả \d{2}\/\d{2}\/\d{4} · còn 3 ngày/);

    fireEvent.click(screen.getByRole('button', { name: /^Quá hạn/ }));
    await waitFor(() => expect(codes()).toEqual(['H40.25-261101-0001']));
    expect(screen.getByRole('button', { name: /^Quá hạn/ }).getAttribute('aria-pressed')).toBe('true');
    const lateItem = screen.getByRole('link', { name: /H40\.25-261101-0001/ });
    expect(lateItem.textContent).toContain('quá hạn 2 ngày');
    expect(lateItem.textContent).toContain('Người nộp: Nguyễn Văn An');
    expect(api.calls('GET', '/api/procedures/office/inbox').at(-1)?.query.get('bucket')).toBe('overdue');
  });

  it('loads the next page after the first, keeping what is shown', async () => {
    const api = inboxApi();
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionFor(officer, api) });
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(codes()).toEqual(['H40.25-261127-0003', 'H40.25-261120-0002']));
    expect(api.calls('GET', '/api/procedures/office/inbox').at(-1)?.query.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('searches by name and narrows to one agency when the officer works for several', async () => {
    const api = inboxApi();
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionFor(twoDesks, api) });
    const picker = (await screen.findByLabelText('Cơ quan')) as HTMLSelectElement;
    await waitFor(() => expect(within(picker).getByRole('option', { name: 'UBND phường Him Lam' })).toBeTruthy());
    fireEvent.change(picker, { target: { value: 'ubnd-phuong-him-lam' } });
    await waitFor(() => expect(api.calls('GET', '/api/procedures/office/inbox').at(-1)?.query.get('agency')).toBe('ubnd-phuong-him-lam'));

    fireEvent.change(screen.getByLabelText('Tìm theo mã hồ sơ hoặc tên người nộp'), { target: { value: 'nguyen van an' } });
    await waitFor(() => expect(codes()).toEqual(['H40.25-261101-0001']), { timeout: 3000 });
    const last = api.calls('GET', '/api/procedures/office/inbox').at(-1)!;
    expect(last.query.get('q')).toBe('nguyen van an');
    expect(last.query.get('agency')).toBe('ubnd-phuong-him-lam');
  });

  it('speaks English when asked', async () => {
    await changeLanguage('en');
    const api = inboxApi();
    renderPage(<InboxPage />, { path: 'office', route: 'office', session: sessionFor(officer, api) });
    expect(await screen.findByRole('button', { name: 'Awaiting documents, 1 dossier' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /H40\.25-261127-0003/ }).textContent).toContain('3 days left');
  });
});
