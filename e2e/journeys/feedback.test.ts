// The heart of the product, end to end in Chromium at 360 px: a citizen reports broken street lighting in
// Him Lam ward with a photo and the phone's position → the routed unit's officer forwards it → the other unit
// answers → the citizen is notified, reads the answer and rates it → the public feed and statistics show it.
// And a report written with the network off is delivered exactly once when the network returns.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, screenshot } from '../support/browser.js';
import { inboxBell, openInbox } from '../support/inbox.js';
import { startPortal, type RunningPortal } from '../support/portal.js';
import { signIn } from '../support/sign-in.js';

const CITIZEN = '001090000002'; // Lò Thị Bình
const URBAN_OFFICER = '001090000012'; // city Urban Management Department: street lighting goes here
const POWER_OFFICER = '001090000013'; // city Electricity company
const HIM_LAM_GROUP_3 = { latitude: 21.4107, longitude: 103.0191, accuracy: 12 };
const DESCRIPTION = 'Ba cột đèn chiếu sáng trên đường nội bộ tổ dân phố 3 không sáng từ tối thứ Hai, đường rất tối.';
const ANSWER = 'Điện lực đã thay bộ điều khiển và ba bóng đèn LED; tuyến đèn đã sáng lại từ tối nay.';

let portal: RunningPortal;
let browser: Browser;
let photo: Buffer;
let code = '';

/** A phone photo: a dark street with one lamp, as JPEG. */
async function streetPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#141a33"/>
    <rect x="380" y="120" width="12" height="360" fill="#555"/><circle cx="386" cy="120" r="18" fill="#333"/>
    <rect y="480" width="800" height="120" fill="#2b2b2b"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function signedInPage(nationalId: string, options: { geolocation?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, 'phone');
  if (options.geolocation) {
    await context.grantPermissions(['geolocation'], { origin: portal.url });
    await context.setGeolocation(HIM_LAM_GROUP_3);
  }
  const page = await context.newPage();
  await page.goto(portal.url);
  await signIn(page, nationalId);
  return { context, page };
}

/** Fills the report form (category, text, one photo, the device position) and waits for the place. */
async function fillReport(page: Page, description: string): Promise<void> {
  await page.goto(`${portal.url}/m/feedback/new`);
  await page.getByLabel('Chiếu sáng công cộng').check();
  await page.fill('#feedback-description', description);
  await page.getByLabel('Chọn ảnh').setInputFiles({ name: 'den-hong.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Dùng vị trí hiện tại' }).click();
  await page.getByText('phường Him Lam', { exact: false }).first().waitFor({ timeout: 20_000 });
}

/** Opens a report from the officer inbox by searching its code, and waits for its page. */
async function openFromInbox(page: Page, reportCode: string): Promise<void> {
  await page.goto(`${portal.url}/m/feedback/office`);
  await page.getByLabel('Tìm theo mã hoặc nội dung').fill(reportCode);
  try {
    await page.getByRole('link', { name: new RegExp(reportCode) }).first().click({ timeout: 15_000 });
  } catch (error) {
    await screenshot(page, 'phone', 'debug-inbox');
    throw error;
  }
  await page.getByRole('heading', { name: 'Thao tác' }).waitFor({ timeout: 20_000 });
}

/** Runs one officer action from its button and dialog. */
async function act(page: Page, action: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  try {
    await fill(dialog);
  } catch (error) {
    await screenshot(page, 'phone', 'debug-dialog');
    throw error;
  }
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout: 20_000 });
}

beforeAll(async () => {
  photo = await streetPhoto();
  portal = await startPortal();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

describe('a feedback report, from the street to the statistics', () => {
  it('is filed by a citizen with a photo and the phone position, and gets a code', async () => {
    const { context, page } = await signedInPage(CITIZEN, { geolocation: true });
    await fillReport(page, DESCRIPTION);
    await screenshot(page, 'phone', 'feedback-form');
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
    const shown = page.locator('[data-testid="report-code"]');
    await shown.waitFor({ timeout: 30_000 });
    code = (await shown.innerText()).trim();
    expect(code).toMatch(/^PA-\d{4}-\d{6}$/);
    await expect.poll(() => page.getByText('Phòng Quản lý đô thị', { exact: false }).count()).toBeGreaterThan(0);
    await screenshot(page, 'phone', 'feedback-submitted');
    await context.close();
  });

  it('reaches the routed unit, whose officer forwards it to the Electricity company', async () => {
    const { context, page } = await signedInPage(URBAN_OFFICER);
    await openFromInbox(page, code);
    expect(await page.getByText('Lò Thị Bình').count()).toBeGreaterThan(0); // the reporter, for the officer only
    await act(page, 'Chuyển đơn vị', async (dialog) => {
      await dialog.getByLabel('Đơn vị nhận').selectOption({ label: 'Điện lực thành phố Điện Biên Phủ' });
      await dialog.getByLabel('Lý do').fill('Tuyến đèn do Điện lực quản lý vận hành theo hợp đồng.');
    });
    await page.getByText(`Đã chuyển phản ánh ${code}`, { exact: false }).or(page.getByText('Điện lực thành phố Điện Biên Phủ').first()).first().waitFor();
    await screenshot(page, 'phone', 'feedback-forwarded');
    await context.close();
  });

  it('is answered by the Electricity company with the public response', async () => {
    const { context, page } = await signedInPage(POWER_OFFICER);
    await openFromInbox(page, code);
    await act(page, 'Tiếp nhận', async () => {});
    await act(page, 'Trả lời', async (dialog) => {
      await dialog.getByLabel('Nội dung trả lời').fill(ANSWER);
    });
    await page.getByText(ANSWER).first().waitFor();
    await screenshot(page, 'phone', 'feedback-answered');
    await context.close();
  });

  it('notifies the citizen, who reads the answer and rates it', async () => {
    const { context, page } = await signedInPage(CITIZEN);
    await expect.poll(async () => (await inboxBell(page).getAttribute('aria-label')) ?? '', { timeout: 20_000 }).toMatch(/^[1-9]\d* thông báo chưa đọc$/);
    await openInbox(page);
    await screenshot(page, 'phone', 'feedback-inbox');
    await page.locator('[data-testid="inbox-item"]', { hasText: code }).first().click();
    await page.waitForURL((url) => url.pathname === `/m/feedback/reports/${code}`);
    await page.getByText(ANSWER).first().waitFor({ timeout: 20_000 });
    await page.getByLabel('Hài lòng', { exact: true }).check();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Cảm ơn bạn đã đánh giá.').waitFor();
    await screenshot(page, 'phone', 'feedback-rated');
    await context.close();
  });

  it('shows in the public feed without the reporter, and in the statistics', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await page.goto(`${portal.url}/m/feedback/public`);
    const card = page.getByRole('link', { name: new RegExp(code) }).first();
    await card.waitFor({ timeout: 20_000 });
    expect(await page.getByText('Lò Thị Bình').count()).toBe(0);
    await screenshot(page, 'phone', 'feedback-public-feed');
    await card.click();
    await page.getByText(ANSWER).first().waitFor();
    expect(await page.getByText('Lò Thị Bình').count()).toBe(0);
    await screenshot(page, 'phone', 'feedback-public-report');

    const stats = (await (await fetch(`${portal.url}/api/feedback/stats?by=unit`)).json()) as {
      rows: Array<{ id: string; resolved: number; satisfactionPercent: number | null }>;
    };
    const power = stats.rows.find((row) => row.id === 'dien-luc-tp-dbp');
    expect(power?.resolved).toBeGreaterThan(0);
    await page.goto(`${portal.url}/m/feedback/stats`);
    await page.getByRole('table').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'feedback-stats');
    await context.close();
  });
});

describe('a report written offline', () => {
  it('is kept on the phone and delivered exactly once when the network returns', async () => {
    const { context, page } = await signedInPage(CITIZEN, { geolocation: true });
    const description = `Đèn đường trước ngõ 12 tổ dân phố 3 chập chờn cả đêm (gửi khi mất mạng ${Date.now()}).`;
    await fillReport(page, description);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Gửi phản ánh', exact: true }).click();
    await page.getByText('Đã lưu, đang chờ gửi').waitFor({ timeout: 20_000 });
    await screenshot(page, 'phone', 'feedback-offline-queued');

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.goto(`${portal.url}/m/feedback/mine`);
    const delivered = page.getByRole('link', { name: /PA-\d{4}-\d{6}/ }).filter({ hasText: description.slice(0, 40) });
    await expect.poll(() => delivered.count(), { timeout: 60_000 }).toBe(1);
    await screenshot(page, 'phone', 'feedback-offline-delivered');
    // "mine" lists what the server holds (queued items have no code yet): one report, and it stays one
    await page.waitForTimeout(1_500);
    await page.reload();
    await expect.poll(() => delivered.count(), { timeout: 20_000 }).toBe(1);
    await context.close();
  });
});
