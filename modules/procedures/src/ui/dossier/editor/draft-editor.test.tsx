// @vitest-environment happy-dom
import { changeLanguage } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDetail } from '../../../contract/schemas.js';
import { FakeApi, json, problem } from '../../shared/testing/fake-api.js';
import { draftDossier } from '../../shared/testing/fixtures.js';
import { renderApp, signedIn } from '../../shared/testing/render-app.js';
import { SubmitKey } from './submit-key.js';

const DRAFT = draftDossier();
const PATH = `/dossiers/${DRAFT.id}`;
let api: FakeApi;
let current: DossierDetail;

beforeEach(() => {
  current = draftDossier();
  api = new FakeApi()
    .on('GET', PATH, () => json(current))
    .on('PATCH', PATH, (request) => {
      const body = request.json as { form: DossierDetail['form']; version: number };
      current = { ...current, form: body.form, version: body.version + 1 };
      return json(current);
    })
    .on('POST', `${PATH}/files`, (request) => {
      const file = request.form?.get('file') as File;
      const attachment = {
        id: `file-${api.requests.length}`,
        documentId: String(request.form?.get('documentId')),
        supplementRequestId: null,
        fileName: file.name,
        mediaType: file.type,
        size: file.size,
        uploadedAt: '2026-11-30T02:00:00.000Z',
        url: `/api/procedures${PATH}/files/file-${api.requests.length}`,
      };
      current = { ...current, attachments: [...current.attachments, attachment] };
      return json(attachment, 201);
    })
    .on('GET', '/payment-providers', () => json([{ id: 'counter', name: { vi: 'Nộp phí tại Bộ phận Một cửa', en: 'Pay at the one-stop desk' }, online: false }]));
});

afterEach(async () => {
  cleanup();
  await changeLanguage('vi');
});

const pdf = (name: string, size = 4096) => new File([new Uint8Array(size).fill(37)], name, { type: 'application/pdf' });

async function openDraft() {
  renderApp(`/m/procedures${PATH}`, signedIn(api.fetch));
  return (await screen.findByLabelText(/^Họ và tên chủ hộ/, {}, { timeout: 5000 })) as HTMLInputElement;
}

describe('the draft editor', () => {
  it('shows the form pre-filled by the server and saves the draft explicitly (PATCH with the version)', async () => {
    const name = await openDraft();
    expect(name.value).toBe('Lò Văn Bình');
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    fireEvent.change(screen.getByLabelText(/^Tên hộ kinh doanh/), { target: { value: 'Quán Phở Him Lam' } });
    // Unsaved edits: closing the page asks first.
    expect(leave()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText(/^Đã lưu nháp lúc/)).toBeTruthy();
    expect(leave()).toBe(false);
    const [patch] = api.sent('PATCH', PATH);
    expect(patch?.json).toEqual({ form: { ownerName: 'Lò Văn Bình', nationalId: '001090000004', businessName: 'Quán Phở Him Lam' }, version: 1 });
  });

  it('shows a refused submission at the fields and documents, focuses the first error, then submits once fixed', async () => {
    let attempts = 0;
    api.on('POST', `${PATH}/submit`, () => {
      attempts += 1;
      if (attempts === 1) {
        return problem(400, '/problems/validation-error', 'Hồ sơ chưa hợp lệ', {
          errors: { businessName: ['Nhập tên hộ kinh doanh.'], 'files.giay-de-nghi': ['Cần đính kèm Giấy đề nghị đăng ký hộ kinh doanh.'] },
        });
      }
      current = { ...current, status: 'submitted', code: 'H40.25-261130-0001', version: current.version + 1, can: { applicant: ['withdraw'], office: [] } };
      return json({ id: current.id, code: 'H40.25-261130-0001', status: 'submitted', appointmentAt: '2026-12-03T10:00:00.000Z', feeVnd: 100000 }, 201);
    });
    await openDraft();

    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toMatch(/vui lòng sửa các mục được đánh dấu/);
    const businessName = screen.getByLabelText(/^Tên hộ kinh doanh/);
    expect(businessName.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(businessName));
    expect(screen.getByText('Cần đính kèm Giấy đề nghị đăng ký hộ kinh doanh.')).toBeTruthy();

    // A file over 20 MB never leaves the phone; a PDF is uploaded under its document.
    const input = screen.getByLabelText(/Chọn tệp cho “Giấy đề nghị đăng ký hộ kinh doanh”/);
    fireEvent.change(input, { target: { files: [pdf('qua-lon.pdf', 20 * 1024 * 1024 + 1)] } });
    expect(await screen.findByText(/Tệp “qua-lon.pdf” lớn hơn 20 MB nên không được tải lên./)).toBeTruthy();
    expect(api.sent('POST', `${PATH}/files`)).toHaveLength(0);
    fireEvent.change(input, { target: { files: [pdf('giay-de-nghi.pdf')] } });
    expect(await screen.findByRole('button', { name: 'Tải giay-de-nghi.pdf' })).toBeTruthy();
    expect(screen.getByText('4,0 KB')).toBeTruthy();
    expect(screen.queryByText('Cần đính kèm Giấy đề nghị đăng ký hộ kinh doanh.')).toBeNull();
    expect(api.sent('POST', `${PATH}/files`)).toHaveLength(1);
    expect(api.sent('POST', `${PATH}/files`)[0]?.form?.get('documentId')).toBe('giay-de-nghi');

    fireEvent.change(businessName, { target: { value: 'Quán Phở Him Lam' } });
    expect(businessName.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));

    expect(await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByTestId('dossier-code').textContent).toBe('H40.25-261130-0001');
    expect(screen.getByText('03/12/2026')).toBeTruthy();
    expect(screen.getAllByText('100.000 ₫').length).toBeGreaterThan(0);
    // How to pay: the built-in provider, paying at the counter.
    expect(await screen.findByRole('button', { name: 'Nộp phí tại Bộ phận Một cửa' })).toBeTruthy();

    // The edit was saved before submitting, and the second submission named the saved version.
    const submits = api.sent('POST', `${PATH}/submit`);
    expect(submits.map((request) => request.json)).toEqual([{ version: 1 }, { version: 2 }]);
    expect(submits.every((request) => request.headers.get('idempotency-key'))).toBe(true);
    expect(api.sent('PATCH', PATH)).toHaveLength(1);
  });

  it('retries a submission whose answer was lost with the same Idempotency-Key', async () => {
    let attempts = 0;
    api.on('POST', `${PATH}/submit`, () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return json({ id: current.id, code: 'H40.25-261130-0002', status: 'submitted', appointmentAt: '2026-12-03T10:00:00.000Z', feeVnd: 0 }, 201);
    });
    await openDraft();
    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Không kết nối được máy chủ/);
    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByTestId('dossier-code')).toBeTruthy();
    const [first, retry] = api.sent('POST', `${PATH}/submit`);
    expect(retry?.headers.get('idempotency-key')).toBe(first?.headers.get('idempotency-key'));
    expect(within(screen.getByRole('status')).getByRole('heading', { name: 'Đã nộp hồ sơ' })).toBeTruthy();
  });

  it('makes a new key when the draft changed since (the server would refuse the old key with another body)', () => {
    let counter = 0;
    const keys = new SubmitKey(() => `key-${++counter}`);
    expect([keys.for(3), keys.for(3), keys.for(4), keys.for(4)]).toEqual(['key-1', 'key-1', 'key-2', 'key-2']);
  });
});

describe('leaving the draft by an in-app link', () => {
  const edit = () => fireEvent.change(screen.getByLabelText(/^Tên hộ kinh doanh/), { target: { value: 'Quán Phở Him Lam' } });
  const back = () => fireEvent.click(screen.getByRole('link', { name: 'Quay lại' }));
  const dialog = () => screen.findByRole('dialog', { name: 'Bạn có thay đổi chưa lưu' });
  const landedOnMyDossiers = () => screen.findByRole('heading', { level: 1, name: 'Hồ sơ của tôi' });
  /** Opens the draft, edits a field and clicks the app's back link: the dialog that asks. */
  const editAndLeave = async () => {
    await openDraft();
    edit();
    back();
    return dialog();
  };
  const answer = async (choice: string) => fireEvent.click(within(await editAndLeave()).getByRole('button', { name: choice }));

  it('leaves at once when nothing was edited', async () => {
    await openDraft();
    back();
    expect(await landedOnMyDossiers()).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks first when there are unsaved edits; "stay" keeps them and sends nothing', async () => {
    const asked = await editAndLeave();
    expect(document.activeElement).toBe(within(asked).getByRole('button', { name: 'Ở lại trang' }));
    fireEvent.click(within(asked).getByRole('button', { name: 'Ở lại trang' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: 'Hồ sơ nháp' })).toBeTruthy();
    expect((screen.getByLabelText(/^Tên hộ kinh doanh/) as HTMLInputElement).value).toBe('Quán Phở Him Lam');
    expect(api.sent('PATCH', PATH)).toHaveLength(0);
  });

  it('leaves without saving when asked to', async () => {
    await answer('Rời trang, không lưu');
    expect(await landedOnMyDossiers()).toBeTruthy();
    expect(api.sent('PATCH', PATH)).toHaveLength(0);
  });

  it('saves the draft (PATCH) and then leaves', async () => {
    await answer('Lưu rồi rời trang');
    expect(await landedOnMyDossiers()).toBeTruthy();
    expect(api.sent('PATCH', PATH).map((request) => request.json)).toEqual([
      { form: { ownerName: 'Lò Văn Bình', nationalId: '001090000004', businessName: 'Quán Phở Him Lam' }, version: 1 },
    ]);
  });

  it('stays on the draft with the error shown when saving is refused', async () => {
    api.on('PATCH', PATH, () => problem(400, '/problems/validation-error', 'Hồ sơ chưa hợp lệ', { errors: { businessName: ['Tên hộ kinh doanh quá ngắn.'] } }));
    await answer('Lưu rồi rời trang');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('alert').textContent).toMatch(/vui lòng sửa các mục được đánh dấu/);
    const businessName = screen.getByLabelText(/^Tên hộ kinh doanh/) as HTMLInputElement;
    expect(businessName.value).toBe('Quán Phở Him Lam');
    await waitFor(() => expect(document.activeElement).toBe(businessName));
    expect(screen.getByText('Tên hộ kinh doanh quá ngắn.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Hồ sơ nháp' })).toBeTruthy();
  });

  it('does not ask after the draft was deleted', async () => {
    api.on('DELETE', PATH, () => new Response(null, { status: 204 }));
    const confirm = window.confirm;
    window.confirm = () => true; // the person answers "OK" to "Xoá bản nháp này?"
    try {
      await openDraft();
      edit();
      fireEvent.click(screen.getByRole('button', { name: 'Xoá bản nháp' }));
      expect(await landedOnMyDossiers()).toBeTruthy();
      expect(screen.queryByRole('dialog')).toBeNull();
    } finally {
      window.confirm = confirm;
    }
  });
});
