import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Demo@2026';

/**
 * Signs in from the app bar with the VNeID-style form and waits until the shell shows the account. With a
 * tax code, on the "Tài khoản tổ chức" (business account) tab as the enterprise's representative.
 */
export async function signIn(page: Page, nationalId: string, options: { taxCode?: string } = {}): Promise<void> {
  await page.locator('[data-testid="sign-in-button"]').click();
  await page.locator('#national_id').waitFor();
  if (options.taxCode) {
    await page.getByRole('link', { name: 'Tài khoản tổ chức' }).click();
    await page.locator('#tax_code').waitFor();
    await page.fill('#tax_code', options.taxCode);
  }
  await page.fill('#national_id', nationalId);
  await page.fill('#password', DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-testid="account-link"]').waitFor({ timeout: 30_000 });
}
