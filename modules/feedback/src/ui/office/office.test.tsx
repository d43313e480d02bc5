// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { CreatedReport, InboxCounts } from '../../contract/schemas.js';
import {
  anonymous,
  callerFor,
  fileReport,
  officerAction,
  readReport,
  renderModule,
  sessionFor,
  setOrigin,
  startFeedbackServer,
  type FeedbackTestServer,
  type TestPerson,
} from './ui-test-support.js';

const citizen: TestPerson = { sub: 'citizen-an', name: 'Nguyễn Văn An', roles: ['citizen'] };
const officer: TestPerson = { sub: 'officer-qldt', name: 'Lò Văn Minh', roles: ['officer'], units: ['phong-qldt-tp-dbp'] };
const lead: TestPerson = { sub: 'lead-qldt', name: 'Cầm Thị Hoa', roles: ['unit_lead'], units: ['phong-qldt-tp-dbp'] };
const CITY = { lat: 21.386, lng: 103.017 };

let server: FeedbackTestServer;
let fresh: CreatedReport;
let accepted: CreatedReport;

beforeAll(async () => {
  globalThis.__MODULE_VERSION__ = '0.1.0-test';
  server = await startFeedbackServer();
  fresh = await fileReport(server.api, citizen, { categoryId: 'street-lighting', description: 'Đèn đường trước nhà văn hoá tổ 3 bị hỏng', ...CITY });
  accepted = await fileReport(server.api, citizen, { categoryId: 'street-lighting', description: 'Cột đèn nghiêng sắp đổ gần chợ', ...CITY });
  await officerAction(server.api, officer, accepted.code, 'accept', {});
}, 120_000);

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

afterAll(async () => {
  await server?.close();
});

const inboxCodes = () => screen.queryAllByRole('listitem').map((item) => item.textContent?.match(/PA-\d{4}-\d{6}/)?.[0]);

describe('officer inbox', () => {
  it('tells citizens and visitors the page is for officers only', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/office', sessionFor(citizen));
    // The first render also loads the lazy office chunk.
    expect(await screen.findByRole('heading', { level: 1, name: 'Trang này chỉ dành cho cán bộ' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).toBeNull();
    cleanup();
    renderModule('/m/feedback/office', anonymous);
    expect(await screen.findByRole('button', { name: 'Đăng nhập' }, { timeout: 5000 })).toBeTruthy();
  });

  it('shows bucket counts from the API, new reports first, and switches buckets', async () => {
    setOrigin(server.origin);
    const counts = (await (await server.api.request('/api/feedback/office/counts', {}, { as: callerFor(officer) })).json()) as InboxCounts;
    renderModule('/m/feedback/office', sessionFor(officer));
    const newTab = await screen.findByRole('button', { name: `Mới, ${counts.new} phản ánh` }, { timeout: 5000 });
    expect(newTab.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: `Đang xử lý, ${counts.in_progress} phản ánh` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Tất cả, ${counts.all} phản ánh` })).toBeTruthy();
    expect(counts.all).toBeGreaterThanOrEqual(2);
    // "Mở lại" is the unit lead's queue.
    expect(screen.queryByRole('button', { name: /^Mở lại/ })).toBeNull();
    await waitFor(() => expect(inboxCodes()).toContain(fresh.code), { timeout: 5000 });
    expect(inboxCodes()).not.toContain(accepted.code);
    const freshItem = screen.getByRole('link', { name: new RegExp(fresh.code) });
    expect(freshItem.textContent).toMatch(/còn \d+ ngày/);

    fireEvent.click(screen.getByRole('button', { name: /^Đang xử lý/ }));
    await waitFor(() => expect(inboxCodes()).toContain(accepted.code), { timeout: 5000 });
    expect(inboxCodes()).not.toContain(fresh.code);
    const link = screen.getByRole('link', { name: new RegExp(accepted.code) });
    expect(link.getAttribute('href')).toBe(`/m/feedback/office/${accepted.code}`);
  });

  it('finds a report by words typed without diacritics, and by its code', async () => {
    setOrigin(server.origin);
    renderModule('/m/feedback/office', sessionFor(lead));
    expect(await screen.findByRole('button', { name: /^Mở lại/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Tất cả/ }));
    await waitFor(() => expect(inboxCodes()).toContain(fresh.code), { timeout: 5000 });

    fireEvent.change(screen.getByLabelText('Tìm theo mã hoặc nội dung'), { target: { value: 'cot den nghieng' } });
    await waitFor(() => expect(inboxCodes()).toEqual([accepted.code]), { timeout: 3000 });

    fireEvent.change(screen.getByLabelText('Tìm theo mã hoặc nội dung'), { target: { value: fresh.code } });
    await waitFor(() => expect(inboxCodes()).toEqual([fresh.code]), { timeout: 3000 });

    fireEvent.change(screen.getByLabelText('Tìm theo mã hoặc nội dung'), { target: { value: 'khong co gi' } });
    expect(await screen.findByText('Không có phản ánh nào trong nhóm này', {}, { timeout: 3000 })).toBeTruthy();
  });

  it('filters by category and speaks English when asked', async () => {
    setOrigin(server.origin);
    await changeLanguage('en');
    renderModule('/m/feedback/office', sessionFor(officer));
    fireEvent.click(await screen.findByRole('button', { name: /^All/ }));
    await waitFor(() => expect(inboxCodes()).toContain(fresh.code), { timeout: 5000 });
    const category = screen.getByLabelText('Category') as HTMLSelectElement;
    await waitFor(() => expect(within(category).getAllByRole('option').length).toBeGreaterThan(2));
    const other = within(category)
      .getAllByRole('option')
      .find((option) => (option as HTMLOptionElement).value && (option as HTMLOptionElement).value !== 'street-lighting') as HTMLOptionElement;
    fireEvent.change(category, { target: { value: other.value } });
    expect(await screen.findByText('No reports in this group')).toBeTruthy();
  });
});

const admin: TestPerson = { sub: 'admin-1', name: 'Quản trị', roles: ['admin'] };

async function openReport(person: TestPerson, code: string) {
  setOrigin(server.origin);
  renderModule(`/m/feedback/office/${code}`, sessionFor(person));
  return screen.findByRole('heading', { level: 1, name: code }, { timeout: 5000 });
}

async function chooseAction(name: string) {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog');
}

/**
 * The gateway's officer directory is not part of the feedback API: this stands in for it until the test
 * ends (the rest of the page still talks to the real API). Answers the units asked about.
 */
function fakeDirectory(answer: () => Response): string[] {
  const asked: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), globalThis.location.href);
    if (url.pathname !== '/api/directory/officers') return original(input, init);
    asked.push(url.searchParams.get('unit') ?? '');
    return Promise.resolve(answer());
  };
  onTestFinished(() => {
    globalThis.fetch = original;
  });
  return asked;
}

describe('officer report page', () => {
  it('shows the reporter contact and only the actions the API allows', async () => {
    await openReport(officer, fresh.code);
    expect(screen.getByText('Nguyễn Văn An')).toBeTruthy();
    expect(screen.getByText('Đèn đường trước nhà văn hoá tổ 3 bị hỏng')).toBeTruthy();
    const actions = screen.getByRole('heading', { name: 'Thao tác' }).parentElement!;
    const shown = within(actions).getAllByRole('button').map((button) => button.textContent);
    const allowed = (await readReport(server.api, officer, fresh.code)).can.act;
    expect(shown).toHaveLength(allowed.length);
    expect(shown).toContain('Tiếp nhận');
    expect(shown).toContain('Chuyển đơn vị');
    // The audit trail is the unit lead's.
    expect(screen.queryByText('Nhật ký thao tác')).toBeNull();
  });

  it('shows the API field errors in the form and stores nothing', async () => {
    await openReport(officer, fresh.code);
    const before = await readReport(server.api, admin, fresh.code);
    const dialog = await chooseAction('Từ chối');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'quá ngắn' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Từ chối' }));
    expect((await within(dialog).findByRole('alert', {}, { timeout: 5000 })).textContent).toBe('Vui lòng sửa các mục được đánh dấu.');
    const reason = within(dialog).getByLabelText('Lý do');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(reason.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('Nhập lý do từ 10 đến 2.000 ký tự.');
    const after = await readReport(server.api, admin, fresh.code);
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('submitted');

    // Escape closes the dialog without sending.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('forwards with the chosen unit and the reason', async () => {
    const report = await fileReport(server.api, citizen, { categoryId: 'street-lighting', description: 'Dây điện võng thấp qua đường, nguy hiểm', ...CITY });
    await openReport(officer, report.code);
    const dialog = await chooseAction('Chuyển đơn vị');
    const select = within(dialog).getByLabelText('Đơn vị nhận') as HTMLSelectElement;
    await waitFor(() => expect(within(select).queryByRole('option', { name: /Điện lực/ })).toBeTruthy(), { timeout: 5000 });
    // The unit that has it now is not offered.
    expect([...select.options].map((option) => option.value)).not.toContain('phong-qldt-tp-dbp');
    fireEvent.change(select, { target: { value: 'dien-luc-tp-dbp' } });
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Sự cố thuộc lưới điện, không phải chiếu sáng' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chuyển đơn vị' }));
    expect(await screen.findByText('Đã lưu.', {}, { timeout: 5000 })).toBeTruthy();

    const after = await readReport(server.api, admin, report.code);
    expect(after.unit.id).toBe('dien-luc-tp-dbp');
    const forwarded = after.timeline.find((entry) => entry.kind === 'forwarded');
    expect(forwarded?.text).toBe('Sự cố thuộc lưới điện, không phải chiếu sáng');
    expect(forwarded?.unit?.id).toBe('dien-luc-tp-dbp');
  });

  it('assigns to a colleague of the report’s unit picked from the officer directory', async () => {
    const report = await fileReport(server.api, citizen, { categoryId: 'street-lighting', description: 'Đèn chiếu sáng ngõ 5 tắt từ tuần trước', ...CITY });
    await officerAction(server.api, officer, report.code, 'accept', {});
    const asked = fakeDirectory(() => Response.json([lead, officer].map(({ sub, name, roles }) => ({ sub, name, roles }))));
    await openReport(officer, report.code);
    const dialog = await chooseAction('Giao xử lý');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Giao cho cán bộ khác' }));
    const select = within(dialog).getByRole('combobox', { name: 'Cán bộ nhận xử lý' });
    // the officer is not offered to themself
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['— Chọn cán bộ —', 'Cầm Thị Hoa']));
    expect(asked).toEqual(['phong-qldt-tp-dbp']);
    fireEvent.change(select, { target: { value: lead.sub } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giao xử lý' }));
    expect(await screen.findByText('Đã lưu.', {}, { timeout: 5000 })).toBeTruthy();
    expect((await readReport(server.api, admin, report.code)).handler).toEqual({ sub: lead.sub, name: lead.name });
  });

  it('lets the officer type a name, saying what it costs, only when the directory cannot be reached', async () => {
    const report = await fileReport(server.api, citizen, { categoryId: 'street-lighting', description: 'Đèn đường cháy bóng ở đầu cầu Mường Thanh', ...CITY });
    await officerAction(server.api, officer, report.code, 'accept', {});
    fakeDirectory(() => new Response(null, { status: 503 }));
    await openReport(officer, report.code);
    const dialog = await chooseAction('Giao xử lý');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Giao cho cán bộ khác' }));
    expect((await within(dialog).findByRole('alert', {}, { timeout: 5000 })).textContent).toMatch(/Không tải được danh sách cán bộ.*không nhận được thông báo/);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Họ tên người xử lý' }), { target: { value: 'Quàng Văn Tú' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giao xử lý' }));
    expect(await screen.findByText('Đã lưu.', {}, { timeout: 5000 })).toBeTruthy();
    expect((await readReport(server.api, admin, report.code)).handler).toEqual({ sub: 'name:Quàng Văn Tú', name: 'Quàng Văn Tú' });
  });

  it('reloads and tells the officer when someone else changed the report meanwhile', async () => {
    const report = await fileReport(server.api, citizen, { categoryId: 'street-lighting', description: 'Bóng đèn cao áp nhấp nháy cả đêm', ...CITY });
    await openReport(officer, report.code);
    await officerAction(server.api, lead, report.code, 'note', { text: 'Đã gọi đội điện trực' });
    const dialog = await chooseAction('Tiếp nhận');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp nhận' }));
    expect(
      await screen.findByText(/Phản ánh vừa được người khác cập nhật\. Đã tải lại bản mới nhất/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    // The reloaded page shows the colleague's internal note.
    expect(await screen.findByText('Đã gọi đội điện trực', {}, { timeout: 5000 })).toBeTruthy();
    expect((await readReport(server.api, admin, report.code)).status).toBe('submitted');
  });

  it('adds an internal note that shows in the timeline, and the lead sees it in the audit trail', async () => {
    await openReport(lead, accepted.code);
    const dialog = await chooseAction('Ghi chú nội bộ');
    fireEvent.change(within(dialog).getByLabelText('Nội dung'), { target: { value: 'Hẹn kiểm tra hiện trường sáng thứ Hai' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi chú nội bộ' }));
    expect(await screen.findByText('Đã lưu.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Hẹn kiểm tra hiện trường sáng thứ Hai')).toBeTruthy();

    fireEvent.click(screen.getByText('Nhật ký thao tác'));
    const details = screen.getByText('Nhật ký thao tác').closest('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(within(details).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    expect(within(details).getAllByText(/^Tiếp nhận$/).length).toBeGreaterThan(0);
  });
});

