import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Demo@2026';

/** Signs in from the app bar with the VNeID-style form and waits until the shell shows the account. */
export async function signIn(page: Page, nationalId: string): Promise<void> {
  await page.locator('[data-testid="sign-in-button"]').click();
  await page.locator('#national_id').waitFor();
  await page.fill('#national_id', nationalId);
  await page.fill('#password', DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-testid="account-link"]').waitFor({ timeout: 30_000 });
}
