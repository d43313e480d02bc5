// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DossierDetail } from '../../contract/schemas.js';
import { OfficeDossierPage } from './office-dossier-page.js';
import { detail } from './test-fixtures.js';
import { FakeApi, json, renderPage, sessionFor, type TestPerson } from './ui-test-support.js';

const officer: TestPerson = { sub: 'officer-15', name: 'Cầm Văn Sơn', roles: ['officer'], units: ['bp-mot-cua-tp-dbp'] };
const dossier = detail();
const DOSSIER = `/api/procedures/dossiers/${dossier.id}`;
const OFFICE = `/api/procedures/office/dossiers/${dossier.id}`;

function dossierApi(current: DossierDetail = dossier) {
  return new FakeApi()
    .on('GET', DOSSIER, () => json(current))
    .on('GET', '/api/procedures/payment-providers', [{ id: 'counter', name: { vi: 'Nộp tại Bộ phận Một cửa', en: 'Pay at the counter' }, online: false }])
    .on('GET', `${OFFICE}/audit`, [
    { id: 7, at: '2026-11-25T03:00:00.000Z', action: 'receive', actorName: 'Cầm Văn Sơn', actorUnitId: 'bp-mot-cua-tp-dbp', before: { status: 'submitted' }, after: { status: 'processing' } },
  ]);
}

async function openDossier(api: FakeApi) {
  renderPage(<OfficeDossierPage />, { path: `office/dossiers/${dossier.id}`, route: 'office/dossiers/:id', session: sessionFor(officer, api) });
  return screen.findByRole('heading', { level: 1, name: dossier.code! });
}

async function chooseAction(name: string) {
  const actions = screen.getByRole('heading', { name: 'Thao tác' }).parentElement!;
  fireEvent.click(within(actions).getByRole('button', { name }));
  return screen.findByRole('dialog');
}

afterEach(() => cleanup());

describe('one-stop desk dossier page', () => {
  it('shows the dossier: form values with their labels, files, fee, internal timeline entries', async () => {
    await openDossier(dossierApi());
    const form = screen.getByRole('heading', { name: 'Nội dung tờ khai' }).parentElement!;
    expect(within(form).getByText('Tên hộ kinh doanh').nextSibling?.textContent).toBe('Hộ kinh doanh Hoa Ban');
    expect(within(form).getByText('Ngành nghề').nextSibling?.textContent).toBe('Ăn uống');
    expect(within(form).getByText('Có địa điểm kinh doanh').nextSibling?.textContent).toBe('Có');
    expect(within(form).getByText('Ngày bắt đầu').nextSibling?.textContent).toBe('15/12/2026');
    // A conditional field the applicant never saw is left out.
    expect(within(form).queryByText('Chủ sở hữu địa điểm')).toBeNull();

    const files = screen.getByRole('heading', { name: 'Giấy tờ đính kèm' }).parentElement!;
    expect(within(files).getByText('giay-de-nghi.pdf')).toBeTruthy();
    expect(within(files).getByText(/^1,5 MB/)).toBeTruthy();
    expect(within(files).getByRole('button', { name: 'Tải xuống giay-de-nghi.pdf' })).toBeTruthy();
    expect(within(files).getByText('Chưa nộp')).toBeTruthy();

    expect(screen.getByText('100.000 ₫')).toBeTruthy();
    expect(await screen.findByText('Nộp tại Bộ phận Một cửa')).toBeTruthy();
    expect(screen.getByText('Chưa nộp', { selector: 'dd' })).toBeTruthy();
    expect(screen.getByText('Giao Cầm Văn Sơn')).toBeTruthy();
    expect(screen.getAllByText('Nội bộ').length).toBeGreaterThan(0);
  });

  it('offers exactly the actions the API allows, in the order of handling', async () => {
    await openDossier(dossierApi());
    const actions = screen.getByRole('heading', { name: 'Thao tác' }).parentElement!;
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Giao xử lý',
      'Yêu cầu bổ sung',
      'Phê duyệt',
      'Không giải quyết',
      'Xác nhận đã nộp phí',
    ]);
  });

  it('requests a supplement with the reason, the ticked documents and the version read', async () => {
    const paused = detail({ status: 'awaiting_supplement', version: 4, can: { applicant: [], office: ['assign'] } });
    const api = dossierApi().on('POST', `${OFFICE}/request-supplement`, () => json(paused));
    await openDossier(api);
    const dialog = await chooseAction('Yêu cầu bổ sung');
    expect(within(dialog).getByRole('heading', { name: 'Yêu cầu bổ sung hồ sơ' })).toBeTruthy();

    // Too short: told at once, nothing sent.
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Thiếu' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Vui lòng sửa các mục được đánh dấu.');
    const reason = within(dialog).getByLabelText('Lý do');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toBe('Nhập lý do từ 10 đến 2.000 ký tự.');
    expect(api.calls('POST', `${OFFICE}/request-supplement`)).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Hợp đồng thuê địa điểm chưa có chữ ký của bên cho thuê' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Hợp đồng thuê địa điểm' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/request-supplement`).map((call) => call.body)).toEqual([
      { reason: 'Hợp đồng thuê địa điểm chưa có chữ ký của bên cho thuê', documentIds: ['hop-dong-thue'], version: 3 },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    // The page shows the dossier as the API answered it.
    const actions = screen.getByRole('heading', { name: 'Thao tác' }).parentElement!;
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual(['Giao xử lý']);
  });

  it('assigns the dossier to the officer with “Giao cho tôi”', async () => {
    const api = dossierApi().on('POST', `${OFFICE}/assign`, () => json(detail({ handlerName: officer.name, version: 4 })));
    await openDossier(api);
    const dialog = await chooseAction('Giao xử lý');
    expect((within(dialog).getByRole('radio', { name: 'Giao cho tôi (Cầm Văn Sơn)' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giao xử lý' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/assign`)[0]?.body).toEqual({ handlerSub: 'officer-15', handlerName: 'Cầm Văn Sơn', version: 3 });
  });

  it('assigns the dossier to a colleague of its agency picked from the officer directory', async () => {
    const api = dossierApi()
      .on('GET', '/api/directory/officers', [
        { sub: 'officer-15', name: 'Cầm Văn Sơn', roles: ['officer'] },
        { sub: 'officer-16', name: 'Đinh Văn Quý', roles: ['officer'] },
        { sub: 'lead-17', name: 'Lò Thị Xuân', roles: ['officer', 'unit_lead'] },
      ])
      .on('POST', `${OFFICE}/assign`, () => json(detail({ handlerName: 'Đinh Văn Quý', version: 4 })));
    await openDossier(api);
    const dialog = await chooseAction('Giao xử lý');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Giao cho cán bộ khác' }));
    const select = within(dialog).getByRole('combobox', { name: 'Cán bộ nhận xử lý' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['— Chọn cán bộ —', 'Đinh Văn Quý', 'Lò Thị Xuân']));
    expect(api.calls('GET', '/api/directory/officers')[0]?.query.get('unit')).toBe('bp-mot-cua-tp-dbp');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giao xử lý' }));
    expect(await within(dialog).findByText('Vui lòng nhập thông tin này.')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'officer-16' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giao xử lý' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/assign`)[0]?.body).toEqual({ handlerSub: 'officer-16', handlerName: 'Đinh Văn Quý', version: 3 });
  });

  it('falls back to a typed name, saying what it costs, only when the directory cannot be reached', async () => {
    const api = dossierApi()
      .on('GET', '/api/directory/officers', () => json({ type: 'about:blank', title: 'Service Unavailable', status: 503 }, 503))
      .on('POST', `${OFFICE}/assign`, () => json(detail({ handlerName: 'Quàng Văn Tú', version: 4 })));
    await openDossier(api);
    const dialog = await chooseAction('Giao xử lý');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Giao cho cán bộ khác' }));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/Không tải được danh sách cán bộ.*không nhận được thông báo/);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Họ tên cán bộ xử lý' }), { target: { value: 'Quàng Văn Tú' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Giao xử lý' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/assign`)[0]?.body).toEqual({ handlerSub: 'name:Quàng Văn Tú', handlerName: 'Quàng Văn Tú', version: 3 });
  });

  it('sends an apology with the new appointment date and the reason for an overdue dossier', async () => {
    const overdue = detail({ overdue: true, can: { applicant: [], office: ['assign', 'approve', 'apologize'] } });
    const api = dossierApi(overdue).on('POST', `${OFFICE}/apologize`, () => json(detail({ version: 4 })));
    await openDossier(api);
    const dialog = await chooseAction('Xin lỗi, hẹn lại');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Hồ sơ cần xác minh thêm với cơ quan thuế' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xin lỗi, hẹn lại' }));
    // The date is required before anything is sent.
    expect(await within(dialog).findByText('Vui lòng nhập thông tin này.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/apologize`)).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Ngày hẹn trả mới'), { target: { value: '2026-12-10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xin lỗi, hẹn lại' }));
    expect(await screen.findByText('Đã lưu.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/apologize`)[0]?.body).toEqual({
      reason: 'Hồ sơ cần xác minh thêm với cơ quan thuế',
      newAppointmentDate: '2026-12-10',
      version: 3,
    });
  });

  it('shows the API field errors in the dialog and keeps it open', async () => {
    const api = dossierApi().on('POST', `${OFFICE}/confirm-payment`, () =>
      json({ type: '/problems/validation-error', title: 'Yêu cầu không hợp lệ', status: 400, errors: { reference: ['Số biên lai đã được dùng cho hồ sơ khác.'] } }, 400),
    );
    await openDossier(api);
    const dialog = await chooseAction('Xác nhận đã nộp phí');
    fireEvent.change(within(dialog).getByLabelText('Số biên lai'), { target: { value: 'BL-000123' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận đã nộp phí' }));
    expect(await within(dialog).findByText('Số biên lai đã được dùng cho hồ sơ khác.')).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/confirm-payment`)[0]?.body).toEqual({ reference: 'BL-000123', version: 3 });
  });

  it('asks to reload when someone else changed the dossier, and names the allowed actions when the action is no longer possible', async () => {
    const newer = detail({ status: 'approved', version: 5, can: { applicant: [], office: ['issue_result', 'assign', 'confirm_payment'] } });
    let current = dossier;
    const api = new FakeApi()
      .on('GET', DOSSIER, () => json(current))
      .on('POST', `${OFFICE}/approve`, () => json({ type: '/problems/stale-version', title: 'Hồ sơ đã thay đổi', status: 409, currentVersion: 5 }, 409))
      .on('POST', `${OFFICE}/deny`, () =>
        json({ type: '/problems/illegal-transition', title: 'x', status: 409, allowed: ['issue_result', 'assign', 'confirm_payment'] }, 409),
      );
    await openDossier(api);
    fireEvent.click(within(await chooseAction('Phê duyệt')).getByRole('button', { name: 'Phê duyệt' }));
    expect(await screen.findByText(/Hồ sơ vừa được người khác cập nhật/)).toBeTruthy();
    expect(api.calls('POST', `${OFFICE}/approve`)[0]?.body).toEqual({ version: 3 });
    current = newer;
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại hồ sơ' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ban hành kết quả' })).toBeTruthy());
    expect(api.calls('GET', DOSSIER)).toHaveLength(2);

    // The button still on screen of a second, stale tab: the API refuses and says what is possible.
    current = dossier;
    cleanup();
    await openDossier(api);
    const dialog = await chooseAction('Không giải quyết');
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Ngành nghề kinh doanh thuộc danh mục cấm' } });
    current = newer;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Không giải quyết' }));
    expect(
      await screen.findByText(
        'Không thể “Không giải quyết” ở trạng thái hiện tại. Thao tác có thể làm: Ban hành kết quả, Giao xử lý, Xác nhận đã nộp phí. Đã tải lại hồ sơ.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ban hành kết quả' })).toBeTruthy());
  });

  it('opens the audit trail on demand', async () => {
    const api = dossierApi();
    await openDossier(api);
    expect(api.calls('GET', `${OFFICE}/audit`)).toHaveLength(0);
    const details = screen.getByText('Nhật ký thao tác').closest('details')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await waitFor(() => expect(within(details).getAllByRole('listitem')).toHaveLength(1));
    expect(within(details).getByText('Tiếp nhận')).toBeTruthy();
    expect(within(details).getByText(/"status": "processing"/)).toBeTruthy();
  });

  it('answers 404 dossiers with a clear not-found page', async () => {
    renderPage(<OfficeDossierPage />, { path: 'office/dossiers/nope', route: 'office/dossiers/:id', session: sessionFor(officer, new FakeApi()) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' })).toBeTruthy();
  });
});
