// @vitest-environment happy-dom
import { createSessionFetch } from '@portal/shared-ui';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_CODE_PATTERN } from '../../contract/domain.js';
import { startRealApi, setOrigin, type RealApi } from '../shared/testing/real-api.js';
import { BUSINESS, renderApp, signedIn } from '../shared/testing/render-app.js';

/*
 * The applicant screens against the real procedures API (real routes, the seeded catalog, the real form
 * validation, content-checked uploads, idempotent submission) served over HTTP from its own process.
 * Tokens map to callers by a test verifier: sign-on itself is tested in the gateway.
 */
let api: RealApi;

const BUSINESS_CLAIMS = {
  sub: 'ui-test-business',
  name: 'Lò Văn Doanh',
  national_id: '001090000004',
  roles: ['business'],
  org: { tax_code: '5600123456', name: 'Công ty TNHH Hoa Ban Điện Biên' },
};
const CITIZEN_CLAIMS = { sub: 'ui-test-citizen', name: 'Nguyễn Văn An', national_id: '001090000001', roles: ['citizen'] };
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const session = (token: string, user = BUSINESS) => ({ ...signedIn(createSessionFetch(async () => token), user) });

beforeAll(async () => {
  api = await startRealApi({ 'token-business': BUSINESS_CLAIMS, 'token-citizen': CITIZEN_CLAIMS });
  setOrigin(api.origin);
}, 180_000);

afterEach(() => cleanup());

afterAll(async () => {
  await api?.stop();
});

const change = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('a business applies against the real API', () => {
  let dossierPath = '';

  it('finds the procedure without diacritics, starts a pre-filled draft, is told what is missing, then submits', async () => {
    renderApp('/m/procedures/catalog', session('token-business', { ...BUSINESS, sub: BUSINESS_CLAIMS.sub, name: BUSINESS_CLAIMS.name }));
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Tìm thủ tục' }, { timeout: 10_000 }), { target: { value: 'dang ky ho kinh doanh' } });
    fireEvent.click(await screen.findByRole('link', { name: /Đăng ký thành lập hộ kinh doanh/ }, { timeout: 10_000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp hồ sơ trực tuyến' }, { timeout: 10_000 }));

    const name = (await screen.findByLabelText(/^Họ, chữ đệm, tên người yêu cầu/, {}, { timeout: 10_000 })) as HTMLInputElement;
    expect(name.value).toBe('Lò Văn Doanh');
    expect((screen.getByLabelText(/^Mã số thuế của tổ chức/) as HTMLInputElement).value).toBe('5600123456');

    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByText(/vui lòng sửa các mục được đánh dấu/, {}, { timeout: 10_000 });
    const businessName = screen.getByLabelText(/^Tên hộ kinh doanh/);
    expect(businessName.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true'));
    const documentBlock = document.querySelector('[data-document="giay-de-nghi"]') as HTMLElement;
    expect(within(documentBlock).getByText('Chưa đính kèm giấy tờ bắt buộc này.')).toBeTruthy();

    change(/^Ngày, tháng, năm sinh/, '1988-04-20');
    change(/^Nơi cư trú/, 'Tổ 5, phường Him Lam, TP Điện Biên Phủ');
    change(/^Số điện thoại liên hệ/, '0912345678');
    change(/^Tên hộ kinh doanh/, 'Hộ kinh doanh Hoa Ban');
    change(/^Địa điểm kinh doanh/, 'Số 12 đường Võ Nguyên Giáp, phường Him Lam');
    change(/^Ngành, nghề kinh doanh/, '5610 — Nhà hàng và dịch vụ ăn uống');
    change(/^Vốn kinh doanh/, '200000000');
    change(/^Số lao động/, '3');
    fireEvent.click(screen.getByRole('radio', { name: 'Một cá nhân thành lập' }));
    change(/^Ngày dự kiến bắt đầu kinh doanh/, '2027-06-01');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Tôi cam đoan/ }));
    fireEvent.change(screen.getByLabelText(/Chọn tệp cho “Giấy đề nghị đăng ký hộ kinh doanh”/), {
      target: { files: [new File([PDF], 'giay-de-nghi.pdf', { type: 'application/pdf' })] },
    });
    expect(await screen.findByRole('button', { name: 'Tải giay-de-nghi.pdf' }, { timeout: 10_000 })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    const code = (await screen.findByTestId('dossier-code', {}, { timeout: 15_000 })).textContent ?? '';
    expect(code).toMatch(DOSSIER_CODE_PATTERN);
    expect(code.startsWith('H40.25-')).toBe(true);
    expect(screen.getAllByText('100.000 ₫').length).toBeGreaterThan(0);

    fireEvent.click(await screen.findByRole('button', { name: 'Nộp phí tại Bộ phận Một cửa' }, { timeout: 10_000 }));
    expect(await screen.findByText(/^Nộp 100\.000 đồng tại Bộ phận Một cửa/, {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: code }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getAllByText('Chờ tiếp nhận').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Rút hồ sơ' })).toBeTruthy();
    // The router is in memory: ask the API for the dossier's id, as the list page would.
    const mine = (await (await createSessionFetch(async () => 'token-business')('/api/procedures/dossiers')).json()) as { items: { id: string; code: string }[] };
    dossierPath = `/m/procedures/dossiers/${mine.items.find((item) => item.code === code)?.id}`;
  }, 60_000);

  it('shows a citizen "not found" for the business’s dossier opened by URL', async () => {
    expect(dossierPath).toMatch(/^\/m\/procedures\/dossiers\/[0-9a-f-]{36}$/);
    renderApp(dossierPath, session('token-citizen', { sub: CITIZEN_CLAIMS.sub, name: CITIZEN_CLAIMS.name, roles: ['citizen'], units: [] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy hồ sơ' }, { timeout: 10_000 })).toBeTruthy();
  });
});
