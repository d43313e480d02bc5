// Online public services end to end in Chromium at 360 px: a business representative finds "Đăng ký hộ
// kinh doanh" typing without diacritics, files the pre-filled form with documents and gets a dossier code →
// the one-stop desk officer receives it and asks for one more document → the business sends it → the
// officer approves, confirms the fee paid at the counter and issues the result → the business downloads
// the PDF, and the public lookup and verification (signed out) confirm it. Another citizen who opens the
// dossier's address is told it does not exist.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../support/browser.js';
import { inboxBell } from '../support/inbox.js';
import { startPortal, type RunningPortal } from '../support/portal.js';
import { signIn } from '../support/sign-in.js';
import { pdfFile, pngFile } from '../support/test-files.js';

const BUSINESS = { id: '001090000004', taxCode: '5600123456' }; // Lường Văn Dũng, Công ty TNHH Hoa Ban Điện Biên
const DESK_OFFICER = '001090000015'; // Điêu Thị Phương, Bộ phận Một cửa thành phố Điện Biên Phủ
const OTHER_CITIZEN = '001090000002'; // Lò Thị Bình
const PROCEDURE = 'Đăng ký thành lập hộ kinh doanh';
const BUSINESS_NAME = 'Hộ kinh doanh Cà phê Mường Thanh';
const SUPPLEMENT_REASON = 'Bản sao hợp đồng thuê địa điểm bị mờ trang 2, đề nghị gửi lại bản chụp rõ nét.';

let portal: RunningPortal;
let browser: Browser;
let dossierId = '';
let code = '';
let verificationCode = '';
let pdfSha256 = '';

async function signedInPage(nationalId: string, taxCode?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, 'phone');
  const page = await context.newPage();
  await page.goto(portal.url);
  await signIn(page, nationalId, taxCode ? { taxCode } : {});
  return { context, page };
}

/** The file input of one required document (hidden behind its "Chọn tệp" label) inside `scope`. */
const fileInput = (scope: Page | Locator, documentId: string) => scope.locator(`.dossier-files[data-document="${documentId}"] input[type="file"]`);

/** Runs one officer action: its button, its dialog (filled by `fill`), the dialog's submit button. */
async function act(page: Page, action: string, fill: (dialog: Locator) => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  try {
    await fill(dialog);
    await dialog.getByRole('button', { name: action, exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
  } catch (error) {
    await screenshot(page, 'phone', 'debug-procedures-dialog');
    throw error;
  }
}

async function openOfficeDossier(page: Page): Promise<void> {
  await page.goto(`${portal.url}/m/procedures/office/dossiers/${dossierId}`);
  await page.getByRole('heading', { name: 'Thao tác' }).waitFor({ timeout: 20_000 });
}

/** YYYY-MM-DD, `days` from now (the form wants a start date from today on). */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  portal = await startPortal();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('a business household registration, from the catalog to the verified result', () => {
  it('is found without diacritics, filed with the pre-filled form and documents, and gets a code', async () => {
    const { context, page } = await signedInPage(BUSINESS.id, BUSINESS.taxCode);
    await page.goto(`${portal.url}/m/procedures/catalog`);
    await page.getByLabel('Tìm thủ tục').fill('dang ky ho kinh doanh');
    // The whole catalog shows before the search answers: wait for the narrowed list (the registration
    // and the change of a business household), not just for a card that was there already.
    await page.getByText('Tìm thấy 2 thủ tục').waitFor({ timeout: 20_000 });
    const card = page.getByRole('link', { name: new RegExp(PROCEDURE) }).first();
    expect(await page.getByRole('link', { name: /Đăng ký khai sinh/ }).count()).toBe(0);
    await screenshot(page, 'phone', 'procedures-catalog-search');
    await card.click();
    await page.getByRole('heading', { name: PROCEDURE }).first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'procedures-procedure');

    await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.waitForURL(/\/m\/procedures\/dossiers\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    dossierId = new URL(page.url()).pathname.split('/').pop()!;
    const field = (id: string) => page.locator(`#dossier-field-${id}`);
    await field('applicantName').waitFor({ timeout: 20_000 });
    // pre-filled from the signed-in representative and the enterprise
    expect(await field('applicantName').inputValue()).toBe('Lường Văn Dũng');
    expect(await field('applicantIdNumber').inputValue()).toBe(BUSINESS.id);
    expect(await field('orgName').inputValue()).toBe('Công ty TNHH Hoa Ban Điện Biên');
    expect(await field('orgTaxCode').inputValue()).toBe(BUSINESS.taxCode);

    await field('phone').fill('0912345604');
    await field('businessName').fill(BUSINESS_NAME);
    await field('businessAddress').fill('Số 15, đường Võ Nguyên Giáp, phường Mường Thanh, thành phố Điện Biên Phủ');
    await field('businessLines').fill('5630 — Dịch vụ phục vụ đồ uống');
    await field('capitalVnd').fill('150000000');
    await field('employees').fill('3');
    await page.getByLabel('Một cá nhân thành lập').check();
    await field('startDate').fill(dayFromNow(10));
    await field('pledge').check();

    await fileInput(page, 'giay-de-nghi').setInputFiles({ name: 'giay-de-nghi.pdf', mimeType: 'application/pdf', buffer: pdfFile('Giay de nghi dang ky ho kinh doanh') });
    await page.getByRole('button', { name: 'Tải giay-de-nghi.pdf' }).waitFor({ timeout: 20_000 });
    await fileInput(page, 'hop-dong-thue').setInputFiles({ name: 'hop-dong-thue.png', mimeType: 'image/png', buffer: await pngFile() });
    await page.getByRole('button', { name: 'Tải hop-dong-thue.png' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'procedures-draft');

    // Leaving by the back link with unsaved edits asks first; staying keeps them.
    await page.getByRole('link', { name: 'Quay lại' }).first().click();
    const leave = page.getByRole('dialog', { name: 'Bạn có thay đổi chưa lưu' });
    await leave.waitFor({ timeout: 10_000 });
    await screenshot(page, 'phone', 'procedures-leave-draft');
    await leave.getByRole('button', { name: 'Ở lại trang' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/m/procedures/dossiers/${dossierId}`);
    expect(await field('businessName').inputValue()).toBe(BUSINESS_NAME);

    await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    const shown = page.locator('[data-testid="dossier-code"]');
    try {
      await shown.waitFor({ timeout: 30_000 });
    } catch (error) {
      await screenshot(page, 'phone', 'debug-procedures-submit');
      throw error;
    }
    code = (await shown.innerText()).trim();
    expect(code).toMatch(/^H40\.25-\d{6}-\d{4}$/);
    await screenshot(page, 'phone', 'procedures-submitted');
    await context.close();
  });

  it('is received at the one-stop desk, which asks for one more document', async () => {
    const { context, page } = await signedInPage(DESK_OFFICER);
    await page.goto(`${portal.url}/m/procedures/office`);
    await page.getByLabel('Tìm theo mã hồ sơ hoặc tên người nộp').fill(code);
    const item = page.getByRole('link', { name: new RegExp(code.replace(/\./g, '\\.')) }).first();
    await item.waitFor({ timeout: 20_000 });
    // The list narrows to this one dossier once the search answers (before that, the unfiltered bucket).
    await expect.poll(() => page.getByRole('link', { name: /H40\.25-\d{6}-\d{4}/ }).count(), { timeout: 20_000 }).toBe(1);
    await screenshot(page, 'phone', 'procedures-office-inbox');
    await item.click();
    await page.getByRole('heading', { name: 'Thao tác' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText(BUSINESS_NAME).count()).toBeGreaterThan(0);

    await act(page, 'Tiếp nhận');
    // Handed to a colleague of the desk, picked from the gateway's officer directory.
    await act(page, 'Giao xử lý', async (dialog) => {
      await dialog.getByLabel('Giao cho cán bộ khác').check();
      const colleague = dialog.getByLabel('Cán bộ nhận xử lý');
      await expect.poll(() => colleague.locator('option', { hasText: 'Đinh Văn Quý' }).count(), { timeout: 20_000 }).toBe(1);
      await colleague.selectOption({ label: 'Đinh Văn Quý' });
      await screenshot(page, 'phone', 'procedures-office-assign');
    });
    await page.getByText('Đinh Văn Quý').first().waitFor({ timeout: 20_000 });
    await act(page, 'Yêu cầu bổ sung', async (dialog) => {
      await dialog.getByLabel('Lý do').fill(SUPPLEMENT_REASON);
      await dialog.getByLabel('Bản sao hợp đồng thuê hoặc mượn địa điểm kinh doanh').check();
    });
    await page.getByText('Chờ bổ sung').first().waitFor();
    await screenshot(page, 'phone', 'procedures-office-supplement-requested');
    await context.close();
  });

  it('gets the missing document from the business, who was notified, and handling resumes', async () => {
    const { context, page } = await signedInPage(BUSINESS.id, BUSINESS.taxCode);
    await page.goto(`${portal.url}/m/procedures/dossiers/${dossierId}`);
    // submitted, received, supplement requested: the enterprise's representative was told each time
    await expect
      .poll(async () => (await inboxBell(page).getAttribute('aria-label')) ?? '', { timeout: 45_000 })
      .toMatch(/^[1-9]\d* thông báo chưa đọc$/);
    const box = page.locator('.dossier-supplement');
    await box.getByText(SUPPLEMENT_REASON).waitFor({ timeout: 20_000 });
    await fileInput(box, 'hop-dong-thue').setInputFiles({ name: 'hop-dong-thue-ban-ro.pdf', mimeType: 'application/pdf', buffer: pdfFile('Hop dong thue dia diem (ban ro)') });
    await box.getByRole('button', { name: 'Tải hop-dong-thue-ban-ro.pdf' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'procedures-supplement');
    await box.getByRole('button', { name: 'Gửi bổ sung' }).click();
    await box.waitFor({ state: 'detached', timeout: 20_000 });
    await page.getByText('Đang xử lý').first().waitFor();
    await screenshot(page, 'phone', 'procedures-supplement-sent');
    await context.close();
  });

  it('is approved, its fee confirmed at the counter, and its result issued', async () => {
    const { context, page } = await signedInPage(DESK_OFFICER);
    await openOfficeDossier(page);
    await act(page, 'Phê duyệt');
    await act(page, 'Xác nhận đã nộp phí', async (dialog) => {
      await dialog.getByLabel('Số biên lai').fill('BL-2026-000123');
    });
    await act(page, 'Ban hành kết quả');
    await page.getByText('Có kết quả').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'procedures-office-result-issued');

    // The desk's statistics count this dossier among the ones received this month.
    await page.goto(`${portal.url}/m/procedures/office/stats`);
    await page.getByRole('heading', { level: 1, name: 'Thống kê của cơ quan' }).waitFor({ timeout: 20_000 });
    await page.getByText('UBND thành phố Điện Biên Phủ — Bộ phận Một cửa').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'procedures-office-stats');
    await context.close();
  });

  it('gives the business the result PDF, which holds the dossier code', async () => {
    const { context, page } = await signedInPage(BUSINESS.id, BUSINESS.taxCode);
    await page.goto(`${portal.url}/m/procedures/dossiers/${dossierId}`);
    const download = page.getByRole('button', { name: 'Tải kết quả (PDF)' });
    await download.waitFor({ timeout: 20_000 });
    const codeLink = page.getByRole('link', { name: /^[0-9A-HJKMNP-TV-Z]{10}$/ }).first();
    verificationCode = (await codeLink.innerText()).trim();
    await screenshot(page, 'phone', 'procedures-result');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const pdf = readFileSync((await file.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(code);
    expect(pdf.toString('latin1')).toContain(verificationCode);
    pdfSha256 = createHash('sha256').update(pdf).digest('hex');
    await context.close();
  });

  it('shows its state to anyone with the code and the last 4 digits of the tax code, without personal data', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto(`${portal.url}/m/procedures/lookup`);
    await page.getByLabel('Mã hồ sơ').fill(code);
    await page.getByLabel('4 số cuối CCCD hoặc mã số thuế').fill(BUSINESS.taxCode.slice(-4));
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Có kết quả').count()).toBeGreaterThan(0);
    expect(await page.getByText('Lường Văn Dũng').count()).toBe(0);
    expect(await page.getByText(BUSINESS_NAME).count()).toBe(0);
    await screenshot(page, 'phone', 'procedures-lookup');

    await page.goto(`${portal.url}/m/procedures/verify/${verificationCode}`);
    await page.getByRole('heading', { name: 'Văn bản hợp lệ' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText(code).count()).toBeGreaterThan(0);
    expect(await page.getByText(pdfSha256).count()).toBe(1); // the downloaded file is the one issued, byte for byte
    await screenshot(page, 'phone', 'procedures-verify');
    await context.close();
  });

  it('does not exist for another citizen who opens its address', async () => {
    const { context, page } = await signedInPage(OTHER_CITIZEN);
    await page.goto(`${portal.url}/m/procedures/dossiers/${dossierId}`);
    await page.getByRole('heading', { name: 'Không tìm thấy hồ sơ' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText(BUSINESS_NAME).count()).toBe(0);
    await screenshot(page, 'phone', 'procedures-not-found');
    await context.close();
  });
});
